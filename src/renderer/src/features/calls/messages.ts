import { defineMessages } from '../../ui/i18n/define-messages';

/**
 * `what` names the request by kind (see wait-topic.ts), so each language words the whole sentence itself.
 */
export const callsMessages = defineMessages('calls', {
  throttled:
    'Microsoft asked TAP Desk to wait {seconds} s before {what, select, search {searching the directory} person {reading the person’s details} create {creating the pass} revoke {revoking the pass} status {checking the pass} notice {preparing the notice} send {sending the notice} other {going on}} again.',
  retrying:
    'Microsoft Graph did not answer properly; TAP Desk tries again in {seconds} s ({what, select, search {searching the directory} person {reading the person’s details} create {creating the pass} revoke {revoking the pass} status {checking the pass} notice {preparing the notice} send {sending the notice} other {waiting}}).',
  slow: 'Still waiting for Microsoft Graph: {what, select, search {searching the directory} person {reading the person’s details} create {creating the pass} revoke {revoking the pass} status {checking the pass} notice {preparing the notice} send {sending the notice} other {an answer}} ({seconds} s).',
  stop: 'Stop waiting',
  region: 'Waiting for Microsoft',
});
