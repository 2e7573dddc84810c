import { json } from '../http/responses.js';
import type { EmulatorResponse } from '../http/types.js';
import { agsDiagnosticHeader } from './ags-diagnostic.js';
import type { GraphContext } from './graph-context.js';

export interface GraphProblem {
  status: number;
  code: string;
  message: string;
}

const problem = (status: number, code: string, message: string): GraphProblem => ({ status, code, message });

/** Graph's `innerError.date` has no fraction and no zone designator. */
const innerDate = (at: number): string => new Date(at).toISOString().slice(0, 19);

/**
 * The error envelope of https://learn.microsoft.com/graph/errors. Graph repeats the message inside `innerError`
 * (`"innerError":{"message":"Invalid LifetimeInMinutes specified. …","date":…,"request-id":…,"client-request-id":…}`
 * from POST …/temporaryAccessPassMethods), so clients that read only the inner error see it too.
 */
export const graphErrorBody = (failure: GraphProblem, requestId: string, clientRequestId: string, at: number): unknown => ({
  error: {
    code: failure.code,
    message: failure.message,
    innerError: { message: failure.message, date: innerDate(at), 'request-id': requestId, 'client-request-id': clientRequestId },
  },
});

/** What an error needs from the call it answers; available before the caller is known. */
export type ErrorScope = Pick<GraphContext, 'requestId' | 'clientRequestId' | 'state'>;

/** Also what the request pipeline answers an unexpected failure with, so that answer names the server too. */
export const fail = (context: ErrorScope, failure: GraphProblem, headers: Record<string, string> = {}): EmulatorResponse =>
  json(failure.status, graphErrorBody(failure, context.requestId, context.clientRequestId, context.state.now()), { ...agsDiagnosticHeader(), ...headers });

/** Where a 403 comes from decides its wording: directory, authentication methods, or Exchange. */
export type PermissionArea = 'directory' | 'authenticationMethods' | 'mail';

export const problems = {
  unauthenticated: (message: string) => problem(401, 'InvalidAuthenticationToken', message),
  forbidden: (area: PermissionArea): GraphProblem =>
    area === 'directory'
      ? problem(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
      : area === 'mail'
        ? problem(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.')
        : problem(403, 'accessDenied', 'Request Authorization failed'),
  resourceNotFound: (id: string) =>
    problem(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`),
  segmentNotFound: (segment: string) => problem(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  methodNotAllowed: () => problem(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'),
  badRequest: (message: string) => problem(400, 'BadRequest', message),
  directoryBadRequest: (message: string) => problem(400, 'Request_BadRequest', message),
  unsupportedQuery: (message: string) => problem(400, 'Request_UnsupportedQuery', message),
  /** https://learn.microsoft.com/graph/aad-advanced-queries */
  searchNeedsConsistency: () =>
    problem(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'"),
  /** `/users/$count` without `ConsistencyLevel: eventual`; `?$count=true` without it is ignored instead. */
  countNeedsConsistency: () => problem(400, 'Request_BadRequest', '$count is not currently supported.'),
  /** https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects */
  operatorNeedsAdvancedQuery: (operator: string) =>
    problem(
      400,
      'Request_UnsupportedQuery',
      `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
    ),
  unsupportedFilterClause: (property: string) =>
    problem(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`),
  /** `$orderby` together with `$filter`, or on a property sortable only in advanced queries, without them. */
  sortingNotSupported: () => problem(400, 'Request_UnsupportedQuery', 'Sorting not supported for current query.'),
  unsupportedSortClause: (property: string) =>
    problem(400, 'Request_UnsupportedQuery', `Unsupported or invalid query sort clause specified for property '${property}' of resource 'User'.`),
  unknownProperty: (name: string) => problem(400, 'BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.user'.`),
  imageNotFound: () => problem(404, 'ImageNotFound', "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."),
  tapBadRequest: (message: string) => problem(400, 'badRequest', message),
  /**
   * Opening another user's mailbox without Exchange Full Access on it. Graph answers delegated callers that reach
   * a mailbox they may not open with this code and sentence, e.g. for a shared mailbox's messages
   * (https://github.com/microsoftgraph/microsoft-graph-docs/issues/9429) and Outlook categories
   * (https://github.com/microsoftgraph/microsoft-graph-docs/issues/11824); the same wording as a token without
   * the mail permission, `forbidden('mail')`.
   */
  mailboxAccessDenied: () => problem(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  /** https://learn.microsoft.com/graph/outlook-send-mail-from-other-user#example-2-unsuccessful-attempt-to-send-without-permissions */
  sendAsDenied: () =>
    problem(
      403,
      'ErrorSendAsDenied',
      'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Cannot submit message.',
    ),
  /**
   * A user without an Exchange Online mailbox; 404 and the code from
   * https://learn.microsoft.com/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error,
   * the sentence Graph answers with today (https://learn.microsoft.com/answers/questions/1457213).
   */
  mailboxNotEnabled: () => problem(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.'),
  /**
   * The reporting APIs without AuditLog.Read.All in the token, Directory.Read.All alone included
   * (https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/8997,
   * https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/3196).
   */
  auditLogPermissionMissing: () =>
    problem(403, 'Authentication_MSGraphPermissionMissing', 'Calling principal does not have required MSGraph permissions AuditLog.Read.All'),
  /**
   * A delegated call by a user without a reporting role. The docs name the roles, not the answer; this code and
   * sentence are what the service answers callers without one.
   */
  unsupportedUserRole: () => problem(403, 'Authentication_RequestFromUnsupportedUserRole', 'User is not in the allowed roles'),
  internal: () => problem(500, 'generalException', 'An unspecified error has occurred.'),
  /** The sample throttled answer of https://learn.microsoft.com/graph/throttling#sample-response. */
  throttled: () => problem(429, 'TooManyRequests', 'Please retry again later.'),
};
