import { MANAGED_CONFIG_VERSION, type ManagedIssue, type ManagedProblem } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { managedMessages as m } from './messages';

/** A message and its values, worded by the component in the language the screen speaks. */
export interface Wording {
  message: Message;
  values?: Record<string, string | number>;
}

/** What follows an entry's JSON path, chosen by the issue's code. */
export const issueWording = (issue: ManagedIssue): Wording => {
  switch (issue.code) {
    case 'required':
      return { message: m.issueRequired };
    case 'wrong_type':
      return { message: m.issueWrongType, values: { expected: issue.expected } };
    case 'unknown_key':
      return { message: m.issueUnknownKey };
    case 'too_small':
      return { message: m.issueTooSmall, values: { origin: issue.origin, limit: issue.limit } };
    case 'too_big':
      return { message: m.issueTooBig, values: { origin: issue.origin, limit: issue.limit } };
    case 'not_allowed':
      return { message: m.issueNotAllowed, values: { values: issue.values.join(', ') } };
    case 'invalid_format':
      return { message: m.issueInvalidFormat, values: { format: issue.format } };
    case 'duplicate_id':
      return { message: m.issueDuplicateId, values: { id: issue.id } };
    case 'reserved_id':
      return { message: m.issueReservedId, values: { id: issue.id } };
    case 'invalid':
      return { message: m.issueInvalid };
  }
};

/** The sentence that says what is wrong with the file as a whole. */
export const problemWording = (problem: ManagedProblem): Wording => {
  switch (problem.kind) {
    case 'unreadable':
      return { message: m.unreadable };
    case 'too_large':
      return { message: m.tooLarge, values: { size: Math.floor(problem.maxBytes / 1024) } };
    case 'not_json':
      return problem.line !== undefined && problem.column !== undefined
        ? { message: m.notJsonAt, values: { line: problem.line, column: problem.column } }
        : { message: m.notJson };
    case 'unsupported_version':
      return { message: m.unsupportedVersion, values: { version: problem.version, supported: MANAGED_CONFIG_VERSION } };
    case 'invalid':
      return { message: m.invalid };
  }
};
