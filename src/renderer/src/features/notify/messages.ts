import { defineMessages } from '../../ui/i18n/define-messages';

export const notifyMessages = defineMessages('notify', {
  heading: 'E-mail notice',
  prepare: 'Prepare e-mail notice…',
  closedWithPass: 'The notice held the pass, so it was closed with the pass. Show the pass to prepare it again.',

  language: 'Language',
  languageOption: '{language} ({tag})',
  sourcePreferredLanguage: 'Chosen from their preferred language.',
  sourceUsageLocation: 'Chosen from their usage location.',
  sourceTenantDefault: "The tenant's default language.",
  sourceFallback: 'No template matches their language; the first one is used.',
  sourceChosen: 'Chosen by you.',

  recipients: 'Recipients',
  viaSignInName: 'No mail address is set; their sign-in name is used instead.',
  manager: 'Manager',
  managerMailbox: 'Manager: {mailbox}',
  managerNotSet: 'No manager is set for {name} in Entra ID.',
  managerNotReadable: 'Your role cannot read managers in this tenant.',
  copyTo: 'Copy to (CC)',
  copyToInvalid: 'Enter e-mail addresses separated by commas',

  containsPass: 'This mail contains the pass. Anyone who can read it can sign in as {name}.',
  noRecipient: 'Choose at least one recipient.',
  passToOwnMailbox: "This message contains the pass, so it cannot go to {name}'s own mailbox ({address}).",
  passNotOnScreen: 'The pass is no longer on screen, so it cannot be put in the message.',
  passForbiddenInMail: "The template names the pass, which this tenant's settings do not allow in mails. Remove it from the template in the tenant settings.",
  otherAddressesUnreadable: "{name}'s other mail addresses could not be read, so a mail with the pass cannot be sent safely.",

  previewTitle: 'The notice exactly as it will be sent',
  fromYou: 'From: {address} (you)',
  fromSharedMailbox: 'From: {address} (shared mailbox)',
  to: 'To: {recipients}',
  cc: 'Cc: {recipients}',

  grantAndSend: 'Grant permission and send',
  waitingForBrowser: 'Waiting for the browser…',
  tryAgain: 'Try again',
  prepareAgain: 'Prepare the notice again',
  send: 'Send notice',
  accepted: 'Accepted by Exchange Online at {time}',
  acceptedFor: 'For {recipients}. Microsoft Graph confirms acceptance, not delivery: if it does not arrive, check the message trace.',

  announceNotSent: 'Not sent. {problem}',
  announceAccepted: 'Notice accepted for delivery to {recipients}.',
});
