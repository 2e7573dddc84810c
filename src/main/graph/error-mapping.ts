import { AuthError, InteractionRequiredAuthError } from '@azure/msal-node';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { appError, type AppError } from '../../shared';
import { AppFailure, failure } from '../app-failure';
import type { BatchAnswer } from './graph-batch';

/**
 * The one place where Graph, OAuth/MSAL and network failures become contract errors.
 * Graph's TAP rules are recognised by the messages the service documents (see DESIGN §4).
 */

const LIFETIME_RANGE = /valid range between (\d+) and (\d+)/i;

const retryAfter = (headers: Headers | undefined): number | undefined => {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
};

const graphRequestId = (error: GraphError): string | undefined =>
  error.requestId ?? error.headers?.get('request-id') ?? undefined;

/** TAP-specific 400/403 answers, recognised by message because the codes are generic (`badRequest`). */
const tapRule = (message: string, extra: Omit<AppError, 'code' | 'message'>): AppError | undefined => {
  const range = LIFETIME_RANGE.exec(message);
  if (range) {
    const minimumLifetimeInMinutes = Number(range[1]);
    const maximumLifetimeInMinutes = Number(range[2]);
    return appError('lifetime_out_of_range', `This tenant allows a lifetime between ${minimumLifetimeInMinutes} and ${maximumLifetimeInMinutes} minutes.`, {
      ...extra,
      lifetimeRange: { minimumLifetimeInMinutes, maximumLifetimeInMinutes },
    });
  }
  if (/Converged UserCredentialPolicy does not allow/i.test(message)) {
    return appError('user_not_in_policy_scope', "The tenant's Temporary Access Pass policy does not allow a pass for this person.", extra);
  }
  if (/external guest/i.test(message)) {
    return appError('external_guest', 'A Temporary Access Pass cannot be given to an external guest.', extra);
  }
  if (/one[- ]time|isUsableOnce/i.test(message)) {
    return appError('multi_use_not_allowed', 'This tenant only allows one-time passes.', extra);
  }
  if (/startDateTime|start date/i.test(message)) {
    return appError('start_time_invalid', 'The start time was not accepted.', extra);
  }
  return undefined;
};

/** Exchange's answers to sendMail, by their documented error codes. */
const mailRule = (code: string | null | undefined, extra: Omit<AppError, 'code' | 'message'>): AppError | undefined => {
  if (code === 'ErrorSendAsDenied') {
    return appError('send_as_denied', 'Your account may not send from the shared mailbox set for this tenant.', extra);
  }
  if (code === 'MailboxNotEnabledForRESTAPI' || code === 'ErrorInvalidUser') {
    return appError('mailbox_unavailable', 'The mailbox to send from has no Exchange Online mailbox that Microsoft Graph can use.', extra);
  }
  if (code === 'ErrorInvalidRecipients') return appError('validation', 'Exchange refused a recipient address.', { ...extra, reason: 'recipient_refused' });
  return undefined;
};

/** A Graph error answer, whether it came as a thrown client error or as one part of a `$batch`. */
interface GraphErrorAnswer {
  status: number;
  code: string | null;
  message: string;
  requestId: string | undefined;
  retryAfterSeconds: number | undefined;
}

const fromAnswer = ({ status, code, message, requestId, retryAfterSeconds }: GraphErrorAnswer): AppError => {
  const extra = { detail: `${status} ${code ?? ''} ${message}`.trim(), ...(requestId ? { requestId } : {}) };
  if (status <= 0) return appError('network', 'Microsoft Graph could not be reached.', extra);
  if (status === 400 || status === 403) {
    const rule = tapRule(message, extra);
    if (rule) return rule;
  }
  const mail = mailRule(code, extra);
  if (mail) return mail;
  if (status === 400) return appError('validation', 'Microsoft Graph refused the request.', extra);
  if (status === 401) return appError('not_signed_in', 'Your sign-in is no longer accepted.', extra);
  // A token without the permission, which the reporting APIs tell from a missing role
  // (https://learn.microsoft.com/graph/api/directoryaudit-list#permissions): asking for it again is the remedy.
  if (status === 403 && code === 'Authentication_MSGraphPermissionMissing') {
    return appError('consent_required', 'This app needs permissions that have not been granted in your tenant.', extra);
  }
  if (status === 403) return appError('insufficient_role', 'Your account is not allowed to do this.', extra);
  if (status === 404) return appError('user_not_found', 'That person was not found in the directory.', extra);
  if (status === 429) {
    return appError('throttled', 'Microsoft Graph is busy.', { ...extra, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) });
  }
  if (status >= 500) return appError('service_unavailable', 'Microsoft Graph is temporarily unavailable.', extra);
  return appError('unexpected', 'Microsoft Graph answered unexpectedly.', extra);
};

const fromGraph = (error: GraphError): AppError =>
  fromAnswer({
    status: error.statusCode,
    code: error.code,
    message: error.message,
    requestId: graphRequestId(error),
    retryAfterSeconds: retryAfter(error.headers),
  });

type Raw = Record<string, unknown>;
const field = (value: unknown, name: string): unknown => (value !== null && typeof value === 'object' ? (value as Raw)[name] : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * One part of a `$batch` that did not succeed, mapped as the same answer sent alone would be. Its body is Graph's
 * error object, with the request id in `innerError` (https://learn.microsoft.com/graph/errors); a part without
 * one (a 2xx, a body that is not JSON) keeps only its status. Nothing but the error object is read, so a body
 * that holds a pass never reaches the detail.
 */
export const appErrorFromAnswer = (answer: BatchAnswer): AppError => {
  const error = field(answer.body, 'error');
  const inner = field(error, 'innerError');
  return fromAnswer({
    status: answer.status,
    code: text(field(error, 'code')) ?? null,
    message: text(field(error, 'message')) ?? '',
    requestId: text(field(inner, 'request-id')),
    retryAfterSeconds: answer.retryAfterSeconds ?? undefined,
  });
};

const CONSENT = /AADSTS65001|consent_required/i;

const fromMsal = (error: AuthError): AppError => {
  const extra = { detail: `${error.errorCode}: ${error.errorMessage}`.slice(0, 500), ...(error.correlationId ? { requestId: error.correlationId } : {}) };
  const errorNo = (error as AuthError & { errorNo?: string }).errorNo;
  if (errorNo === '65001' || [error.errorCode, error.errorMessage, error.subError].some((text) => CONSENT.test(text))) {
    return appError('consent_required', 'This app needs permissions that have not been granted in your tenant.', extra);
  }
  if (error instanceof InteractionRequiredAuthError || error.errorCode === 'invalid_grant') {
    return appError('not_signed_in', 'Your sign-in has expired.', extra);
  }
  if (/network|endpoints_resolution|ECONN|ETIMEDOUT|ENOTFOUND/i.test(`${error.errorCode} ${error.errorMessage}`)) {
    return appError('network', 'The sign-in service could not be reached.', extra);
  }
  return appError('sign_in_failed', 'Signing in did not work.', extra);
};

/** An OAuth error that came back to the redirect (e.g. the user declined, or consent is missing). */
export const oauthFailure = (code: string, description: string): AppFailure => {
  const extra = { detail: `${code}: ${description}`.slice(0, 500) };
  if (CONSENT.test(code) || CONSENT.test(description)) {
    return new AppFailure(appError('consent_required', 'This app needs permissions that have not been granted in your tenant.', extra));
  }
  if (code === 'access_denied') return failure('sign_in_cancelled', 'Sign-in was declined in the browser.', { ...extra, reason: 'sign_in_declined' });
  return failure('sign_in_failed', 'Signing in did not work.', extra);
};

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'EPIPE']);

const isNetworkError = (error: unknown): boolean => {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code;
    if ((code && NETWORK_CODES.has(code)) || current.message === 'fetch failed') return true;
  }
  return false;
};

const carriedFailure = (error: unknown): AppFailure | undefined => {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current instanceof AppFailure) return current;
  }
  return undefined;
};

export const toAppError = (error: unknown): AppError => {
  const carried = carriedFailure(error);
  if (carried) return carried.error;
  if (error instanceof GraphError) return isNetworkError(error) ? appError('network', 'Microsoft Graph could not be reached.') : fromGraph(error);
  if (error instanceof AuthError) return fromMsal(error);
  if (isNetworkError(error)) return appError('network', 'The network connection failed.');
  // Only the kind of error: a message could quote a response body, and a 201 body holds the pass.
  return appError('unexpected', 'Something unexpected went wrong.', { detail: error instanceof Error ? error.name : typeof error });
};
