import { InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { appErrorFromAnswer, oauthFailure, toAppError } from '../../../../src/main/graph/error-mapping';

const graphError = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
  const error = new GraphError(status, message);
  error.code = code;
  error.requestId = 'req-1';
  error.headers = new Headers(headers);
  return error;
};

describe('mapping Graph errors to contract codes', () => {
  it('surfaces the lifetime range the service names so the form can correct itself', () => {
    const mapped = toAppError(graphError(400, 'badRequest', 'Invalid LifetimeInMinutes specified. The valid range between 60 and 480.'));
    expect(mapped).toMatchObject({ code: 'lifetime_out_of_range', requestId: 'req-1', lifetimeRange: { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 } });
  });

  it.each([
    ['Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].', 'user_not_in_policy_scope'],
    ['Temporary Access Pass cannot be added to an external guest user.', 'external_guest'],
  ])('recognises "%s"', (message, code) => {
    expect(toAppError(graphError(400, 'badRequest', message)).code).toBe(code);
  });

  it('keeps Retry-After from a 429 that outlived the retries', () => {
    expect(toAppError(graphError(429, 'TooManyRequests', 'Too many requests', { 'Retry-After': '7' }))).toMatchObject({ code: 'throttled', retryAfterSeconds: 7 });
  });

  it.each([
    [401, 'InvalidAuthenticationToken', 'not_signed_in'],
    [403, 'accessDenied', 'insufficient_role'],
    // The reporting APIs name a permission the token lacks apart from a role the user lacks (directoryaudit-list).
    [403, 'Authentication_MSGraphPermissionMissing', 'consent_required'],
    [403, 'Authentication_RequestFromUnsupportedUserRole', 'insufficient_role'],
    [404, 'Request_ResourceNotFound', 'user_not_found'],
    [503, 'serviceNotAvailable', 'service_unavailable'],
    [504, 'gatewayTimeout', 'service_unavailable'],
  ])('maps %i %s to %s', (status, code, expected) => {
    expect(toAppError(graphError(status, code, 'x')).code).toBe(expected);
  });

  it('treats a failed fetch as a network problem', () => {
    const error = new GraphError(-1, 'fetch failed', Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }));
    expect(toAppError(error).code).toBe('network');
  });
});

// Each part of a batch answers with its own status and Graph's error object (https://learn.microsoft.com/graph/json-batching).
describe('mapping one part of a batch', () => {
  const part = (status: number, code: string, message: string, retryAfterSeconds: number | null = null) => ({
    status,
    body: { error: { code, message, innerError: { date: '2025-01-01T00:00:00', 'request-id': 'part-1', 'client-request-id': 'c-1' } } },
    retryAfterSeconds,
  });

  it('reads the rule, the code and the request id as the same answer sent alone', () => {
    expect(appErrorFromAnswer(part(400, 'badRequest', 'Invalid LifetimeInMinutes specified. The valid range between 60 and 480.'))).toMatchObject({
      code: 'lifetime_out_of_range',
      requestId: 'part-1',
      lifetimeRange: { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 },
    });
    expect(appErrorFromAnswer(part(400, 'badRequest', 'Temporary Access Pass cannot be added to an external guest user.')).code).toBe('external_guest');
    expect(appErrorFromAnswer(part(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')).code).toBe('insufficient_role');
    expect(appErrorFromAnswer(part(404, 'Request_ResourceNotFound', 'Resource does not exist.')).code).toBe('user_not_found');
    expect(appErrorFromAnswer(part(504, 'gatewayTimeout', 'The gateway did not receive a timely response.')).code).toBe('service_unavailable');
  });

  it('keeps the Retry-After of a throttled part', () => {
    expect(appErrorFromAnswer(part(429, 'TooManyRequests', 'Too many requests', 4))).toMatchObject({ code: 'throttled', retryAfterSeconds: 4 });
  });

  it('reads nothing but the error object, so a body holding a pass never reaches the detail', () => {
    const mapped = appErrorFromAnswer({ status: 200, body: { id: 'p1', temporaryAccessPass: 'SECRET-CODE' }, retryAfterSeconds: null });
    expect(mapped.code).toBe('unexpected');
    expect(JSON.stringify(mapped)).not.toContain('SECRET-CODE');
  });
});

describe('mapping sign-in errors', () => {
  it('tells missing consent apart from an expired session', () => {
    const consent = new InteractionRequiredAuthError('invalid_grant', 'corr', 'AADSTS65001: not consented', 'consent_required', '', '', '', '65001');
    expect(toAppError(consent).code).toBe('consent_required');
    const expired = new InteractionRequiredAuthError('invalid_grant', 'corr', 'AADSTS700082: expired', '', '', '', '', '700082');
    expect(toAppError(expired).code).toBe('not_signed_in');
    expect(toAppError(new ServerError('invalid_client', 'corr', 'AADSTS700016: Application not found')).code).toBe('sign_in_failed');
  });

  it('maps errors that came back to the redirect', () => {
    expect(oauthFailure('access_denied', 'AADSTS65004: User declined to consent').error.code).toBe('sign_in_cancelled');
    expect(oauthFailure('consent_required', 'AADSTS65001').error.code).toBe('consent_required');
    expect(oauthFailure('server_error', 'boom').error.code).toBe('sign_in_failed');
  });

  it('never lets an unknown exception through as anything but unexpected', () => {
    expect(toAppError('weird')).toMatchObject({ code: 'unexpected' });
  });
});

describe('token failures inside Graph calls', () => {
  it('keep their own reason instead of turning into a network error', async () => {
    const { connectGraph } = await import('../../../../src/main/graph/graph-client');
    const { GraphApi } = await import('../../../../src/main/graph/graph-api');
    const { failure } = await import('../../../../src/main/app-failure');
    const { CallLimits } = await import('../../../../src/main/net/call-limits');
    const tokens = () => Promise.reject(failure('not_signed_in', 'Your sign-in has expired.'));
    const api = new GraphApi(connectGraph('https://graph.microsoft.com', undefined, tokens, new CallLimits()));
    const error = await api.searchUsers('lena', 5).catch((caught: unknown) => caught);
    expect(toAppError(error)).toMatchObject({ code: 'not_signed_in', message: 'Your sign-in has expired.' });
  });
});
