import type { ErrorCode } from '../../../../shared';

interface ErrorText {
  /** What happened, in the technician's words. */
  title: string;
  /** What to do about it. */
  next: string;
}

/** A Record, not a switch, so a new error code cannot ship without words for it. */
export const errorText: Record<ErrorCode, ErrorText> = {
  not_signed_in: {
    title: "You're not signed in, or your sign-in has expired.",
    next: 'Sign in again to continue.',
  },
  sign_in_cancelled: {
    title: 'Sign-in was cancelled.',
    next: 'Choose the tenant and sign in again when you are ready.',
  },
  sign_in_failed: {
    title: "Sign-in didn't complete.",
    next: 'Check the tenant and application (client) ID in the profile, then sign in again.',
  },
  consent_required: {
    title: "TAP Desk hasn't been granted the permissions it needs in this tenant.",
    next: 'Ask a Global Administrator to grant admin consent to the app registration, then sign in again.',
  },
  policy_disabled: {
    title: 'Temporary Access Pass is turned off in this tenant.',
    next: 'Ask an Authentication Policy Administrator to enable it under Authentication methods.',
  },
  user_not_in_policy_scope: {
    title: "The tenant's pass policy doesn't cover this person.",
    next: 'Ask an Authentication Policy Administrator to add them, or one of their groups, to the Temporary Access Pass policy.',
  },
  lifetime_out_of_range: {
    title: "The tenant doesn't allow this lifetime.",
    next: 'Choose a lifetime inside the allowed range and create the pass again.',
  },
  multi_use_not_allowed: {
    title: 'This tenant only allows one-time passes.',
    next: 'Turn on One-time use and create the pass again.',
  },
  start_time_invalid: {
    title: "The start time wasn't accepted.",
    next: 'Choose a start time in the future, or start now.',
  },
  external_guest: {
    title: "External guests can't get a Temporary Access Pass.",
    next: 'They sign in with the account of their own organisation instead.',
  },
  privileged_target: {
    title: 'This person holds an administrator role.',
    next: 'A Privileged Authentication Administrator has to issue their pass.',
  },
  insufficient_role: {
    title: "Your account can't issue passes for this person.",
    next: 'Ask for the Authentication Administrator role, or Privileged Authentication Administrator for admins.',
  },
  self_target: {
    title: "You can't issue a pass for yourself.",
    next: 'Ask a colleague to issue it for you.',
  },
  user_not_found: {
    title: "This person wasn't found in the directory.",
    next: 'They may have been renamed or deleted. Search again.',
  },
  pass_exists: {
    title: 'This person already has a Temporary Access Pass.',
    next: 'Tick "Replace the existing pass" to issue a new one.',
  },
  pass_changed: {
    title: 'Another pass was issued for this person since you looked.',
    next: 'Nothing was created or replaced. Check the pass shown on the card, then tick "Replace the existing pass" if the person should get a new one.',
  },
  pass_unreadable: {
    title: 'A pass was created, but its answer was lost, so nobody can read it.',
    next: 'Press Create again: the new pass replaces the one nobody can read.',
  },
  profile_not_found: {
    title: 'That tenant profile no longer exists.',
    next: 'Choose another profile, or add this one again.',
  },
  send_as_denied: {
    title: 'Your account may not send from the shared mailbox set for this tenant.',
    next: 'Ask an Exchange administrator for Send As on that mailbox, or leave “Send from” empty in the tenant settings to send as yourself.',
  },
  mailbox_unavailable: {
    title: 'The mailbox to send from cannot send through Microsoft Graph.',
    next: 'Check that it is an Exchange Online mailbox (not on-premises, not unlicensed), or set another one in the tenant settings.',
  },
  throttled: {
    title: 'Microsoft Graph is busy and asked TAP Desk to slow down.',
    next: 'Wait a moment, then try again.',
  },
  service_unavailable: {
    title: 'Microsoft Graph is temporarily unavailable.',
    next: 'Try again in a minute. If it keeps happening, check the Microsoft 365 service health.',
  },
  network: {
    title: "TAP Desk can't reach Microsoft.",
    next: 'Check the network connection or proxy, then try again.',
  },
  timeout: {
    title: "Microsoft Graph didn't answer in time.",
    next: 'Try again. If it keeps happening, check the network connection or proxy.',
  },
  cancelled: {
    title: 'You stopped waiting for Microsoft Graph.',
    next: 'Try again when you are ready.',
  },
  validation: {
    title: "Some of the details weren't accepted.",
    next: 'Check the values you entered and try again.',
  },
  unexpected: {
    title: 'Something went wrong.',
    next: 'Try again. If it keeps happening, give the request ID to your support team.',
  },
};
