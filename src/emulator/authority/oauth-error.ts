import { randomUUID } from 'node:crypto';
import { json } from '../http/responses.js';
import type { EmulatorResponse } from '../http/types.js';

/** An Entra error: the OAuth `error`, the AADSTS number and its sentence. */
export interface AadError {
  error: string;
  code: number;
  message: string;
  suberror?: string;
}

const entraTimestamp = (at: number): string => new Date(at).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');

/** `AADSTS…: sentence Trace ID: … Correlation ID: … Timestamp: …`, the way Entra words every description. */
export const describe = (failure: AadError, traceId: string, correlationId: string, at: number): string =>
  `AADSTS${failure.code}: ${failure.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${entraTimestamp(at)}`;

/** Token endpoint error body, shaped like https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#error-response-1 */
export const tokenError = (failure: AadError, status: number, correlationId: string | undefined, at: number): EmulatorResponse => {
  const traceId = randomUUID();
  const correlation = correlationId ?? randomUUID();
  return json(
    status,
    {
      error: failure.error,
      error_description: describe(failure, traceId, correlation, at),
      error_codes: [failure.code],
      timestamp: entraTimestamp(at),
      trace_id: traceId,
      correlation_id: correlation,
      ...(failure.suberror ? { suberror: failure.suberror } : {}),
      error_uri: `https://login.microsoftonline.com/error?code=${failure.code}`,
    },
    { 'cache-control': 'no-store' },
  );
};

/** Sentences from https://learn.microsoft.com/entra/identity-platform/reference-error-codes */
export const aad = {
  unknownTenant: (tenant: string): AadError => ({
    error: 'invalid_request',
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  }),
  unknownClient: (clientId: string, tenant: string): AadError => ({
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  redirectMismatch: (redirectUri: string, clientId: string): AadError => ({
    error: 'invalid_request',
    code: 50011,
    message: `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.`,
  }),
  missingParameter: (name: string): AadError => ({
    error: 'invalid_request',
    code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  invalidParameter: (name: string, detail: string): AadError => ({
    error: 'invalid_request',
    code: 70011,
    message: `The provided value for the input parameter '${name}' is not valid. ${detail}`,
  }),
  invalidScope: (scope: string): AadError => ({
    error: 'invalid_scope',
    code: 70011,
    message: `The provided value for the input parameter 'scope' is not valid. The scope '${scope}' does not exist.`,
  }),
  unknownResource: (resource: string, tenant: string): AadError => ({
    error: 'invalid_resource',
    code: 500011,
    message: `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  }),
  unsupportedResponseType: (responseType: string): AadError => ({
    error: 'unsupported_response_type',
    code: 700054,
    message: `response_type '${responseType}' is not enabled for the application.`,
  }),
  consentRequired: (clientId: string, appName: string, error = 'consent_required'): AadError => ({
    error,
    code: 65001,
    message: `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
    ...(error === 'invalid_grant' ? { suberror: 'consent_required' } : {}),
  }),
  /** The Cancel button of the consent prompt; Entra adds `error_subcode=cancel` to the redirect. */
  userDeclinedConsent: (): AadError => ({ error: 'access_denied', code: 65004, message: 'User declined to consent to access the app.' }),
  /**
   * User consent turned off for the tenant: "This error occurs when an administrator turns off the ability for users
   * to consent to applications" (https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error#policy-prevents-granting-permissions-error).
   */
  consentBlockedByPolicy: (tenantName: string, appName: string): AadError => ({
    error: 'consent_required',
    code: 90093,
    message: `An administrator of ${tenantName} set a policy that prevents you from granting ${appName} the permissions it's requesting. Contact an administrator of ${tenantName}, who can grant permissions to this app on your behalf.`,
  }),
  unknownUser: (username: string, tenantDomain: string): AadError => ({
    error: 'invalid_grant',
    code: 50034,
    message: `The user account ${username} does not exist in the ${tenantDomain} directory. To sign into this application, the account must be added to the directory.`,
  }),
  badPassword: (): AadError => ({ error: 'invalid_grant', code: 50126, message: 'Error validating credentials due to invalid username or password.' }),
  disabledAccount: (): AadError => ({ error: 'invalid_grant', code: 50057, message: 'The user account is disabled.' }),
  unsupportedGrant: (grantType: string): AadError => ({
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${grantType}'.`,
  }),
  malformedGrant: (): AadError => ({ error: 'invalid_grant', code: 9002313, message: 'Invalid request. Request is malformed or invalid.' }),
  codeRedeemed: (): AadError => ({
    error: 'invalid_grant',
    code: 54005,
    message: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  }),
  codeExpired: (): AadError => ({
    error: 'invalid_grant',
    code: 70008,
    message: 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  }),
  redirectNotMatchingCode: (given: string, original: string): AadError => ({
    error: 'invalid_grant',
    code: 500112,
    message: `The reply address '${given}' does not match the reply address '${original}' provided when requesting Authorization code.`,
  }),
  pkceMismatch: (): AadError => ({
    error: 'invalid_grant',
    code: 501481,
    message: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  }),
  invalidGrant: (): AadError => ({ error: 'invalid_grant', code: 70000, message: 'Provided grant is invalid or malformed.' }),
  refreshExpired: (issuedAt: string): AadError => ({
    error: 'invalid_grant',
    code: 700082,
    message: `The refresh token has expired due to inactivity. The token was issued on ${issuedAt} and was inactive for 90.00:00:00.`,
  }),
};
