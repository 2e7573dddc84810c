import { defineMessages } from '../../ui/i18n/define-messages';

/** What the screen says about the organisation's machine-wide file; each problem in the file reads "{path} …". */
export const managedMessages = defineMessages('managed', {
  problemTitle: 'Your organisation’s settings for TAP Desk could not be used',
  problemIntro: 'TAP Desk started without them, so none of the profiles or locked settings in {file} apply. Ask your IT department to correct the file.',
  unreadable: 'The file could not be read.',
  tooLarge: 'The file is larger than {size} KB.',
  notJson: 'The file is not valid JSON.',
  notJsonAt: 'The file is not valid JSON: look near line {line}, column {column}.',
  unsupportedVersion: 'The file says version {version}; this TAP Desk reads version {supported}. Update TAP Desk or write the file for version {supported}.',
  invalid: 'These entries in the file are not what TAP Desk expects:',
  issueRequired: 'is missing.',
  issueWrongType:
    'must be {expected, select, string {text} number {a number} boolean {true or false} array {a list in square brackets} object {an object in curly brackets} other {of type {expected}}}.',
  issueUnknownKey: 'is not a setting TAP Desk knows: check its spelling and where it sits.',
  issueTooSmall:
    '{origin, select, string {must have at least {limit, plural, one {# character} other {# characters}}} array {must have at least {limit, plural, one {# entry} other {# entries}}} other {must be at least {limit}}}.',
  issueTooBig:
    '{origin, select, string {can have at most {limit, plural, one {# character} other {# characters}}} array {can have at most {limit, plural, one {# entry} other {# entries}}} other {can be at most {limit}}}.',
  issueNotAllowed: 'must be one of {values}.',
  issueInvalidFormat: '{format, select, guid {must be a GUID such as 00000000-0000-0000-0000-000000000000} other {is not written the way TAP Desk expects}}.',
  issueDuplicateId: 'uses the id {id}, which another profile in the file already has.',
  issueReservedId: 'uses the id {id}, which is kept for the built-in demo tenant.',
  issueInvalid: 'is not a valid value.',
  moreIssues: '{count, plural, one {And # more problem.} other {And # more problems.}}',
  demoRefused: 'Your organisation has turned demo mode off ({file}), so TAP Desk started with your tenants instead of the built-in demo tenant.',
  dismiss: 'Dismiss',
});
