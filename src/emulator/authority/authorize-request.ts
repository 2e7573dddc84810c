import { isKnownTenantSegment } from '../environment.js';
import type { AuthorityContext } from './authority-context.js';
import { aad, type AadError } from './oauth-error.js';
import { parseScopes } from './scopes.js';

export interface RedirectTarget {
  redirectUri: string;
  responseMode: 'form_post' | 'query';
  state: string | null;
}

export interface AuthorizeRequest extends RedirectTarget {
  tenant: string;
  clientId: string;
  nonce: string | null;
  codeChallenge: string;
  scopes: string;
  /** The Graph permissions among `scopes`, by their canonical names. */
  graphScopes: string[];
  oidcScopes: string[];
  loginHint: string | null;
  /** `prompt=consent` shows the consent step even when everything is consented already. */
  forceConsent: boolean;
  /** Every parameter as received, carried through the sign-in form's hidden fields. */
  parameters: Array<[string, string]>;
}

/** What the sign-in, consent and admin-approval forms add to the request; never carried into the next form. */
export const formFields = ['username', 'password', 'flowToken', 'consent_action', 'consent_on_behalf', 'admin_approval_action'];

export type AuthorizeValidation =
  | { kind: 'ok'; request: AuthorizeRequest }
  /** Entra cannot trust the redirect URI yet, so it shows the error itself. */
  | { kind: 'error-page'; failure: AadError }
  | { kind: 'redirect-error'; failure: AadError; target: RedirectTarget };

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Whether a request's redirect URI is one the app registered. For an `http` loopback registration Entra ignores
 * the port (the app listens on whatever port it gets) but still compares scheme, host and path, so a
 * registered `http://127.0.0.1` does not admit `http://localhost:PORT`; every other URI must match exactly:
 * https://learn.microsoft.com/entra/identity-platform/reply-url#localhost-exceptions
 */
export const isRegisteredRedirect = (value: string, registered: readonly string[]): boolean => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.hash !== '') return false;
  return registered.some((entry) => {
    const allowed = new URL(entry);
    if (allowed.protocol === 'http:' && LOOPBACK_HOSTS.includes(allowed.hostname)) {
      return url.protocol === 'http:' && url.hostname === allowed.hostname && url.pathname === allowed.pathname && url.search === '';
    }
    return value === entry;
  });
};

export const validateAuthorizeRequest = (context: AuthorityContext, tenant: string, params: URLSearchParams): AuthorizeValidation => {
  const { env, state } = context;
  const pageError = (failure: AadError): AuthorizeValidation => ({ kind: 'error-page', failure });
  if (!isKnownTenantSegment(env, tenant)) return pageError(aad.unknownTenant(tenant));
  const clientId = params.get('client_id');
  if (!clientId) return pageError(aad.missingParameter('client_id'));
  if (clientId.toLowerCase() !== state.app.clientId) return pageError(aad.unknownClient(clientId, env.tenantId));
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return pageError(aad.missingParameter('redirect_uri'));
  if (!isRegisteredRedirect(redirectUri, state.app.redirectUris)) return pageError(aad.redirectMismatch(redirectUri, clientId));

  const target: RedirectTarget = {
    redirectUri,
    responseMode: params.get('response_mode') === 'form_post' ? 'form_post' : 'query',
    state: params.get('state'),
  };
  const redirectError = (failure: AadError): AuthorizeValidation => ({ kind: 'redirect-error', failure, target });
  const responseType = params.get('response_type');
  if (!responseType) return redirectError(aad.missingParameter('response_type'));
  if (responseType !== 'code') return redirectError(aad.unsupportedResponseType(responseType));
  const mode = params.get('response_mode');
  if (mode !== null && mode !== 'form_post' && mode !== 'query') {
    return redirectError(aad.invalidParameter('response_mode', 'Use form_post or query with response_type code.'));
  }
  const scopes = params.get('scope');
  if (!scopes) return redirectError(aad.missingParameter('scope'));
  // Whether anyone consented is not asked here: like Entra, the user signs in first and then sees the consent
  // prompt or the "Need admin approval" page (consent-step.ts), since who signs in decides which.
  const parsed = parseScopes(scopes, env, state.consentedScopes);
  if (parsed.kind === 'unknown-resource') return redirectError(aad.unknownResource(parsed.resource, env.tenantId));
  if (parsed.kind === 'invalid-scope') return redirectError(aad.invalidScope(parsed.scope));
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge) return redirectError(aad.missingParameter('code_challenge'));
  if (params.get('code_challenge_method') !== 'S256') {
    return redirectError(aad.invalidParameter('code_challenge_method', 'Only S256 is supported.'));
  }
  return {
    kind: 'ok',
    request: {
      ...target,
      tenant,
      clientId,
      nonce: params.get('nonce'),
      codeChallenge,
      scopes,
      graphScopes: parsed.graph,
      oidcScopes: parsed.oidc,
      loginHint: params.get('login_hint'),
      forceConsent: (params.get('prompt') ?? '').split(' ').includes('consent'),
      parameters: [...params.entries()].filter(([name]) => !formFields.includes(name)),
    },
  };
};
