import { randomBytes } from 'node:crypto';
import { demoTenant } from '../fixture/demo-tenant.js';
import { canGrantTenantWideConsent, seesOrganizationConsentForUserPermissions } from '../roles/role-rules.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { UserRecord } from '../state/model.js';
import type { AuthorizeRequest } from './authorize-request.js';
import { aad, type AadError } from './oauth-error.js';
import { findGraphPermission, isUserConsentable, oidcConsentTexts } from './permissions.js';

/** As long as an authorization code: a user who walks away from the prompt signs in again. */
const consentFlowLifetimeMs = 10 * 60_000;

export type ConsentDecision =
  | { kind: 'consented' }
  /** The prompt; `organizationOption` adds "Consent on behalf of your organization". */
  | { kind: 'ask'; organizationOption: boolean }
  /** A permission only an admin may grant, asked by someone who is not one: the "Need admin approval" page. */
  | { kind: 'needs-admin' }
  | { kind: 'refused'; failure: AadError };

/**
 * After the password, as Entra does for incremental consent: permissions that neither an admin nor this user
 * granted are asked for, if the user may grant them
 * (https://learn.microsoft.com/entra/identity-platform/consent-types-developer#incremental-and-dynamic-user-consent).
 * What only an admin may grant is asked of an admin, with the option to grant it for everyone; anyone else is
 * told to ask an admin (https://learn.microsoft.com/entra/identity-platform/application-consent-experience).
 */
export const decideConsent = (state: EmulatorState, request: AuthorizeRequest, record: UserRecord): ConsentDecision => {
  const missing = request.graphScopes.filter((scope) => !state.isConsentedFor(record.user.id, scope));
  if (missing.length === 0 && !request.forceConsent) return { kind: 'consented' };
  const admin = canGrantTenantWideConsent(record.roleIds);
  if (missing.some((scope) => !isUserConsentable(scope))) return admin ? { kind: 'ask', organizationOption: true } : { kind: 'needs-admin' };
  if (admin) return { kind: 'ask', organizationOption: seesOrganizationConsentForUserPermissions(record.roleIds) };
  if (state.userConsentSetting === 'disabled') {
    return { kind: 'refused', failure: aad.consentBlockedByPolicy(demoTenant.displayName, state.app.displayName) };
  }
  return { kind: 'ask', organizationOption: false };
};

/**
 * AADSTS90094, the sentence of the "Need admin approval" page
 * (https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error#requesting-not-authorized-permissions-error).
 */
export const adminApprovalMessage = (appName: string): string =>
  `${appName} needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.`;

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

/**
 * Accept. On behalf of the organization, every requested permission no admin granted yet becomes tenant-wide
 * consent; otherwise they join the user's own grant, as far as this user may grant them (an admin may grant even
 * what needs an admin, for themselves).
 */
export const recordConsent = (state: EmulatorState, request: AuthorizeRequest, record: UserRecord, onBehalfOfOrganization: boolean): void => {
  const missing = request.graphScopes.filter((scope) => !state.isConsented(scope));
  if (onBehalfOfOrganization) {
    state.consentedScopes = [...state.consentedScopes, ...missing];
    return;
  }
  state.grantUserConsent(record.user.id, canGrantTenantWideConsent(record.roleIds) ? missing : missing.filter(isUserConsentable));
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
