import { createHash } from 'node:crypto';
import { isKnownTenantSegment } from '../environment.js';
import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import type { AuthorityContext } from './authority-context.js';
import { aad, tokenError, type AadError } from './oauth-error.js';
import { parseScopes } from './scopes.js';

const refreshTokenInactivityMs = 90 * 24 * 60 * 60_000;

type ScopeCheck = { kind: 'ok'; graph: string[]; oidc: string[] } | { kind: 'failed'; failure: AadError };

/**
 * A token request may name other scopes than the code or refresh token was for: any Graph permission this user
 * has consent for (the admin's or their own, however recent) is issued, anything else is invalid_grant with
 * suberror consent_required, which MSAL turns into InteractionRequiredAuthError so the app asks interactively
 * (https://learn.microsoft.com/entra/identity-platform/consent-types-developer#incremental-and-dynamic-user-consent).
 */
const checkScopes = (context: AuthorityContext, userId: string, raw: string, fallback: { graph: string[]; oidc: string[] }): ScopeCheck => {
  const { state } = context;
  const parsed = parseScopes(raw, context.env, state.consentedScopesFor(userId));
  if (parsed.kind === 'unknown-resource') return { kind: 'failed', failure: aad.unknownResource(parsed.resource, context.env.tenantId) };
  if (parsed.kind === 'invalid-scope') return { kind: 'failed', failure: aad.invalidScope(parsed.scope) };
  if (!parsed.graph.every((scope) => state.isConsentedFor(userId, scope))) {
    return { kind: 'failed', failure: aad.consentRequired(state.app.clientId, state.app.displayName, 'invalid_grant') };
  }
  if (parsed.graph.length > 0) return parsed;
  // Nothing asked for: what the grant was for, less any consent revoked since.
  const graph = fallback.graph.filter((scope) => state.isConsentedFor(userId, scope));
  return { kind: 'ok', graph, oidc: parsed.oidc.length > 0 ? parsed.oidc : fallback.oidc };
};

const redeemCode = async (context: AuthorityContext, form: URLSearchParams): Promise<EmulatorResponse | AadError> => {
  const { state } = context;
  const code = form.get('code');
  if (!code) return aad.missingParameter('code');
  const grant = state.authCodes.get(code);
  if (!grant || grant.clientId !== form.get('client_id')?.toLowerCase()) return aad.malformedGrant();
  if (grant.redeemed) return aad.codeRedeemed();
  if (state.now() > grant.expiresAt) return aad.codeExpired();
  const redirectUri = form.get('redirect_uri') ?? '';
  if (redirectUri !== grant.redirectUri) return aad.redirectNotMatchingCode(redirectUri, grant.redirectUri);
  const verifier = form.get('code_verifier') ?? '';
  if (createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge) return aad.pkceMismatch();
  const record = state.users.get(grant.userId);
  if (!record?.user.accountEnabled) return aad.disabledAccount();
  const original = parseScopes(grant.scopes.join(' '), context.env, state.consentedScopesFor(record.user.id));
  const scopes = checkScopes(context, record.user.id, form.get('scope') ?? '', original.kind === 'ok' ? original : { graph: [], oidc: [] });
  if (scopes.kind === 'failed') return scopes.failure;
  grant.redeemed = true;
  const tokens = await context.issuer.issue({ user: record, clientId: grant.clientId, graphScopes: scopes.graph, oidcScopes: scopes.oidc, nonce: grant.nonce });
  return json(200, tokens, { 'cache-control': 'no-store' });
};

const redeemRefreshToken = async (context: AuthorityContext, form: URLSearchParams): Promise<EmulatorResponse | AadError> => {
  const { state } = context;
  const token = form.get('refresh_token');
  if (!token) return aad.missingParameter('refresh_token');
  const grant = state.refreshTokens.get(token);
  if (!grant || grant.clientId !== form.get('client_id')?.toLowerCase()) return aad.invalidGrant();
  if (state.now() - grant.issuedAt > refreshTokenInactivityMs) return aad.refreshExpired(new Date(grant.issuedAt).toISOString());
  const record = state.users.get(grant.userId);
  if (!record?.user.accountEnabled) return aad.disabledAccount();
  const scopes = checkScopes(context, record.user.id, form.get('scope') ?? '', { graph: grant.graphScopes, oidc: grant.oidcScopes });
  if (scopes.kind === 'failed') return scopes.failure;
  // Entra hands out a successor but does not revoke the presented token ("The Microsoft identity platform
  // doesn't revoke old refresh tokens when used to fetch new access tokens":
  // https://learn.microsoft.com/entra/identity-platform/refresh-tokens).
  const tokens = await context.issuer.issue({ user: record, clientId: grant.clientId, graphScopes: scopes.graph, oidcScopes: scopes.oidc, nonce: null });
  return json(200, tokens, { 'cache-control': 'no-store' });
};

const token = async (context: AuthorityContext, tenant: string): Promise<EmulatorResponse> => {
  const { request, state, env } = context;
  const fail = (failure: AadError, status = 400): EmulatorResponse => tokenError(failure, status, request.headers['client-request-id'], state.now());
  if (!isKnownTenantSegment(env, tenant)) return fail(aad.unknownTenant(tenant));
  const form = new URLSearchParams(request.body.toString('utf8'));
  const clientId = form.get('client_id');
  if (!clientId) return fail(aad.missingParameter('client_id'));
  if (clientId.toLowerCase() !== state.app.clientId) return fail(aad.unknownClient(clientId, env.tenantId));
  const grantType = form.get('grant_type');
  const outcome =
    grantType === 'authorization_code'
      ? await redeemCode(context, form)
      : grantType === 'refresh_token'
        ? await redeemRefreshToken(context, form)
        : grantType
          ? aad.unsupportedGrant(grantType)
          : aad.missingParameter('grant_type');
  return 'status' in outcome ? outcome : fail(outcome);
};

export const addTokenRoute = (router: Router<AuthorityContext>): void => {
  router.add('POST', '/:tenant/oauth2/v2.0/token', (context, { tenant = '' }) => token(context, tenant));
};
