import { defineMessages } from '../../ui/i18n/define-messages';

export const issuingMessages = defineMessages('issuing', {
  // The person's card.
  jobTitle: 'Job title',
  department: 'Department',
  usageLocation: 'Usage location',
  preferredLanguage: 'Preferred language',
  office: 'Office',
  notSet: 'Not set',
  accountDisabled: 'Disabled',
  accountEnabled: 'Enabled',
  guest: 'Guest',
  member: 'Member',

  // What pre-flight found, by finding code: a title and what to do about it.
  policyDisabledTitle: 'Temporary Access Pass is turned off',
  policyDisabledText:
    "Temporary Access Pass is turned off in this tenant's authentication methods policy. An Authentication Policy Administrator can turn it on in the Microsoft Entra admin center.",
  notInPolicyScopeTitle: 'Not covered by the pass policy',
  notInPolicyScopeText:
    "The tenant's pass policy doesn't include this person. An Authentication Policy Administrator can add them, or one of their groups, to the policy.",
  externalGuestTitle: 'External guest',
  externalGuestText:
    'This is an external guest; Microsoft Entra does not issue passes to guests. The person signs in with the account of their own organization, which can help them sign in.',
  selfTargetTitle: 'This is your own account',
  selfTargetText: 'You cannot issue a Temporary Access Pass to yourself. Ask another administrator to issue yours.',
  privilegedTargetTitle: 'Administrator account',
  privilegedTargetWarnText:
    'This person holds an admin role: only a Privileged Authentication Administrator or Global Administrator can issue their pass. If the tenant refuses, ask one of them to issue it.',
  privilegedTargetBlockText:
    'This person holds an admin role and your role may not manage their sign-in methods. Ask a Privileged Authentication Administrator or Global Administrator to issue the pass.',
  accountDisabledTitle: 'Account disabled',
  accountDisabledText:
    'The account is disabled: the pass will not work until the account is enabled. Enable it in the Microsoft Entra admin center before the person signs in.',
  insufficientRoleTitle: 'Another administrator needed',
  insufficientRoleText:
    "Your role may not manage this person's sign-in methods. Ask an Authentication Administrator or Privileged Authentication Administrator to issue the pass.",
  // The same findings in one line when the technician's role is known, naming the role to ask for.
  roleCannotIssue: "Your role can't issue passes: ask for the Authentication Administrator role.",
  adminNeedsPrivilegedRole: 'This person holds an admin role: ask a Privileged Authentication Administrator to issue the pass.',
  beyondAuthenticationRole: "Your role may not manage this person's sign-in methods: ask a Privileged Authentication Administrator to issue the pass.",
  policyUnreadableTitle: 'Pass policy not readable',
  policyUnreadableText:
    "Your role can't read the tenant's pass policy, so the lifetime choices are general ones. If the tenant refuses a value, the form corrects itself.",

  // Registered sign-in methods, named by their Graph type.
  methodsHeading: 'Sign-in methods',
  methodsHidden: "Your role can't see this person's methods",
  methodsNone: 'None registered yet',

  // The pass the person holds already.
  existingPassHeading: 'Existing pass',
  existingPassNone: 'None',
  existingPassHidden: 'Not visible with your role',
  existingPassOneTime: '{lifetime} · one-time',
  existingPassMultiUse: '{lifetime} · multi-use',
  passNotYetValid: 'Not yet valid',
  passStartsAt: 'Starts {date}',
  passStartsLater: 'Starts later',
  passExpired: 'Expired',
  passExpiredAt: 'Expired {date}',
  passNoLongerValid: 'No longer valid',
  passUsed: 'Used',
  passUsedDetail: 'Its one sign-in has been used.',
  passDisabledByPolicy: 'Disabled by policy',
  passDisabledByPolicyDetail: 'The tenant policy no longer allows it.',
  passUsable: 'Usable',
  passValidUntil: 'Valid until {date}',
  passValidNow: 'Valid now',
  passNotUsable: 'Not usable',
  passNotUsableReason: 'Reason given by Microsoft: {reason}',
  passRevoked: 'Pass revoked for {name}. It no longer works.',

  // The create form.
  formTitle: 'New pass',
  lifetime: 'Lifetime',
  lifetimeMinutes: 'Lifetime (minutes)',
  presetPolicyDefault: '{lifetime} (default)',
  presetTenantDefault: '{lifetime} (tenant default)',
  tenantAllows: 'This tenant allows {range}',
  lifetimeAndTenantRange: '{lifetime}; this tenant allows {range}',
  lifetimeNotWhole: 'Enter the lifetime in whole minutes.',
  lifetimeOutOfRange: 'Enter {minimum}–{maximum} minutes ({range}).',
  oneTimeUse: 'One-time use',
  oneTimeForced: "Always on: this tenant's policy only allows one-time passes.",
  oneTimeOn: 'The pass works for a single sign-in.',
  oneTimeOff: 'The pass works for any number of sign-ins until it expires.',
  starts: 'Starts',
  startNow: 'Now',
  startAt: 'At a chosen time',
  startTime: 'Start time',
  startTimeHint: 'Your local time.',
  startMissing: 'Choose the date and time the pass starts.',
  startInPast: 'Choose a start time in the future.',
  replaceExisting: 'Replace the existing pass',
  replaceExistingHint: 'The current pass stops working as soon as the new one is created.',
  lookUpAgain: 'Look up again',
  createPass: 'Create pass',
  stopWaiting: 'Stop waiting',
  correctLifetimeFirst: 'Correct the lifetime first.',
  correctStartFirst: 'Correct the start time first.',
  replaceFirst: 'This person already has a pass. Tick "Replace the existing pass" to issue a new one.',
  lifetimeCorrected: 'This tenant allows {range}; lifetime set to {lifetime}. Press Create again.',
  oneTimeCorrected: 'This tenant only allows one-time passes; One-time use is now on. Press Create again.',

  // What a Create in flight is waiting for.
  stepCheckingCurrentPass: 'Checking which pass the person has now…',
  stepCreating: 'Creating the pass…',
  stepCheckingOutcome: 'No answer came back. Checking whether the pass was created…',
  stepCreatingAgain: 'The pass that was created cannot be read. Creating one you can read out…',

  // Announcements.
  readyForPass: '{name} is ready for a pass.',
  cannotCreate: "{name}: a pass can't be created.",
  passCreated: 'Pass created for {name}.',
  replacedPassIssuedAt: 'It replaced the pass issued {date}.',
  replacedPassIssuedEarlier: 'It replaced the pass issued earlier.',
  recoveredAttempt: 'A first attempt went through without an answer; this pass took its place.',
});
