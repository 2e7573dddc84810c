import { randomBytes } from 'node:crypto';
import { demoTenant } from '../fixture/demo-tenant.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { UserRecord } from '../state/model.js';
import type { AuthorizeRequest } from './authorize-request.js';
import { aad, type AadError } from './oauth-error.js';
import { findGraphPermission, isUserConsentable, oidcConsentTexts } from './permissions.js';

/** As long as an authorization code: a user who walks away from the prompt signs in again. */
const consentFlowLifetimeMs = 10 * 60_000;

export type ConsentDecision = { kind: 'consented' } | { kind: 'ask' } | { kind: 'refused'; failure: AadError };

/**
 * After the password, as Entra does for incremental consent: permissions that neither an admin nor this user
 * granted are asked for, if the user may grant them
 * (https://learn.microsoft.com/entra/identity-platform/consent-types-developer#incremental-and-dynamic-user-consent).
 */
export const decideConsent = (state: EmulatorState, request: AuthorizeRequest, record: UserRecord): ConsentDecision => {
  const missing = request.graphScopes.filter((scope) => !state.isConsentedFor(record.user.id, scope));
  if (missing.length === 0 && !request.forceConsent) return { kind: 'consented' };
  if (missing.some((scope) => !isUserConsentable(scope))) {
    return { kind: 'refused', failure: aad.consentRequired(state.app.clientId, state.app.displayName) };
  }
  if (state.userConsentSetting === 'disabled') {
    return { kind: 'refused', failure: aad.consentBlockedByPolicy(demoTenant.displayName, state.app.displayName) };
  }
  return { kind: 'ask' };
};

/** The consent form carries only this opaque token, never the password the user already proved. */
export const openConsentFlow = (state: EmulatorState, request: AuthorizeRequest, record: UserRecord): string => {
  // Prompts nobody answered would otherwise pile up for as long as a demo runs.
  for (const [token, flow] of state.consentFlows) if (state.now() > flow.expiresAt) state.consentFlows.delete(token);
  const token = randomBytes(24).toString('base64url');
  state.consentFlows.set(token, { userId: record.user.id, scopes: request.scopes, expiresAt: state.now() + consentFlowLifetimeMs });
  return token;
};

/** One answer per token; an unknown, expired or replayed one, or one for other scopes, signs nobody in. */
export const takeConsentFlow = (state: EmulatorState, token: string, request: AuthorizeRequest): UserRecord | undefined => {
  const flow = state.consentFlows.get(token);
  state.consentFlows.delete(token);
  if (!flow || state.now() > flow.expiresAt || flow.scopes !== request.scopes) return undefined;
  const record = state.users.get(flow.userId);
  return record?.user.accountEnabled ? record : undefined;
};

/** Accept: the user's own grant gains every requested permission a user may grant that no admin did. */
export const recordConsent = (state: EmulatorState, request: AuthorizeRequest, record: UserRecord): void => {
  state.grantUserConsent(
    record.user.id,
    request.graphScopes.filter((scope) => isUserConsentable(scope) && !state.isConsented(scope)),
  );
};

/** The prompt lists everything the request asks for, in the words Graph's permissions show users. */
export const consentTexts = (request: AuthorizeRequest): string[] => {
  const graph = request.graphScopes.map((scope) => findGraphPermission(scope)?.consentText ?? scope);
  // "Sign you in and read your profile" already says what openid alone would.
  const oidc = Object.keys(oidcConsentTexts)
    .filter((scope) => request.oidcScopes.includes(scope) && !(scope === 'openid' && request.graphScopes.includes('User.Read')))
    .map((scope) => oidcConsentTexts[scope] ?? scope);
  return [...new Set([...graph, ...oidc])];
};
