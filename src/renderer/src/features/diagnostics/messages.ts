import { defineMessages } from '../../ui/i18n/define-messages';

export const diagnosticsMessages = defineMessages('diagnostics', {
  help: 'Help',
  copy: 'Copy diagnostics for the service desk',
  copiedTitle: 'Diagnostics copied',
  copiedText:
    'Paste them into your message to the service desk. They hold the version, your tenant profiles, the permissions granted and {failures, plural, =0 {no recent problems} one {the last problem with its request id} other {the last # problems with their request ids}}. They never hold a pass or a token.',
  logFile: 'TAP Desk’s log file:',
  noLogFile: 'This desk keeps no log file.',
  notCopiedTitle: 'Diagnostics were not copied',
  close: 'Close',
});
