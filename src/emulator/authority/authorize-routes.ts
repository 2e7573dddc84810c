import { randomBytes, randomUUID } from 'node:crypto';
import { demoTenant } from '../fixture/demo-tenant.js';
import { html } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import type { UserRecord } from '../state/model.js';
import type { AuthorityContext } from './authority-context.js';
import { validateAuthorizeRequest, type AuthorizeRequest, type RedirectTarget } from './authorize-request.js';
import { adminApprovalMessage, consentTexts, decideConsent, openConsentFlow, recordConsent, takeConsentFlow, type ConsentDecision } from './consent-step.js';
import { aad, describe, type AadError } from './oauth-error.js';
import { adminApprovalPage, consentPage, errorPage, formPostPage, signInPage } from './sign-in-page.js';

const authorizationCodeLifetimeMs = 10 * 60_000;

const deliver = (target: RedirectTarget, fields: Record<string, string>): EmulatorResponse => {
  if (target.responseMode === 'form_post') return html(200, formPostPage(target, fields));
  const location = new URL(target.redirectUri);
  Object.entries(fields).forEach(([name, value]) => location.searchParams.set(name, value));
  if (target.state !== null) location.searchParams.set('state', target.state);
  return { status: 302, headers: { location: location.toString(), 'cache-control': 'no-store' }, body: '' };
};

const description = (context: AuthorityContext, failure: AadError): string =>
  describe(failure, randomUUID(), context.request.headers['client-request-id'] ?? randomUUID(), context.state.now());

const signInForm = (context: AuthorityContext, request: AuthorizeRequest, username: string, error: string | null): EmulatorResponse =>
  html(
    200,
    signInPage({
      action: `/${request.tenant}/oauth2/v2.0/authorize`,
      tenantName: demoTenant.displayName,
      appName: context.state.app.displayName,
      parameters: request.parameters,
      username,
      error,
    }),
  );

type CredentialCheck = { kind: 'ok'; record: UserRecord } | { kind: 'failed'; failure: AadError };

/** Same order as Entra's sign-in: does the account exist, is it enabled, is the password right. */
const checkCredentials = (context: AuthorityContext, username: string, password: string): CredentialCheck => {
  const record = context.state.findUser(username);
  if (!record) return { kind: 'failed', failure: aad.unknownUser(username, context.env.tenantDomain) };
  if (!record.user.accountEnabled) return { kind: 'failed', failure: aad.disabledAccount() };
  if (record.password === null || record.password !== password) return { kind: 'failed', failure: aad.badPassword() };
  return { kind: 'ok', record };
};

const deliverError = (context: AuthorityContext, target: RedirectTarget, failure: AadError, extra: Record<string, string> = {}): EmulatorResponse =>
  deliver(target, { error: failure.error, error_description: description(context, failure), error_codes: String(failure.code), ...extra });

const deliverCode = (context: AuthorityContext, request: AuthorizeRequest, record: UserRecord): EmulatorResponse => {
  const code = `1.emu.${randomBytes(32).toString('base64url')}`;
  context.state.authCodes.set(code, {
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    userId: record.user.id,
    scopes: request.scopes.split(' ').filter((scope) => scope !== ''),
    codeChallenge: request.codeChallenge,
    nonce: request.nonce,
    expiresAt: context.state.now() + authorizationCodeLifetimeMs,
    redeemed: false,
  });
  return deliver(request, { code });
};

/** The authorize URL as the app sent it: where "sign in with that account" starts over. */
const restartUrl = (request: AuthorizeRequest): string => `/${request.tenant}/oauth2/v2.0/authorize?${new URLSearchParams(request.parameters).toString()}`;

/** The page a signed-in user sees when consent is missing: the prompt, or "Need admin approval". */
const consentStep = (context: AuthorityContext, request: AuthorizeRequest, record: UserRecord, decision: ConsentDecision & { kind: 'ask' | 'needs-admin' }): EmulatorResponse => {
  const common = {
    action: `/${request.tenant}/oauth2/v2.0/authorize`,
    appName: context.state.app.displayName,
    userPrincipalName: record.user.userPrincipalName,
    parameters: request.parameters,
    flowToken: openConsentFlow(context.state, request, record),
  };
  if (decision.kind === 'needs-admin') {
    return html(200, adminApprovalPage({ ...common, restartUrl: restartUrl(request), message: adminApprovalMessage(context.state.app.displayName) }));
  }
  return html(200, consentPage({ ...common, tenantName: demoTenant.displayName, permissions: consentTexts(request), organizationOption: decision.organizationOption }));
};

/** Signed in: either straight back to the app with a code, or first the consent step, or a consent error. */
const afterSignIn = (context: AuthorityContext, request: AuthorizeRequest, record: UserRecord): EmulatorResponse => {
  const decision = decideConsent(context.state, request, record);
  if (decision.kind === 'consented') return deliverCode(context, request, record);
  if (decision.kind === 'refused') return deliverError(context, request, decision.failure);
  return consentStep(context, request, record, decision);
};

/**
 * The consent step's answer. Cancel on the prompt, like "Return to the application without granting consent" on
 * the admin-approval page, is Entra's `access_denied` with `error_subcode=cancel` (AADSTS65004).
 */
const answerConsent = (context: AuthorityContext, request: AuthorizeRequest, flowToken: string, params: URLSearchParams): EmulatorResponse => {
  const record = takeConsentFlow(context.state, flowToken, request);
  if (!record) return signInForm(context, request, request.loginHint ?? '', null);
  if (params.get('consent_action') !== 'accept') return deliverError(context, request, aad.userDeclinedConsent(), { error_subcode: 'cancel' });
  // Consent, or the user's roles, may have changed while the prompt was open; an Accept never grants more than the prompt could.
  const decision = decideConsent(context.state, request, record);
  if (decision.kind === 'refused') return deliverError(context, request, decision.failure);
  if (decision.kind === 'needs-admin') return consentStep(context, request, record, decision);
  if (decision.kind === 'ask') recordConsent(context.state, request, record, decision.organizationOption && params.get('consent_on_behalf') === 'on');
  return deliverCode(context, request, record);
};

const handle = (context: AuthorityContext, tenant: string, params: URLSearchParams, submitted: boolean): EmulatorResponse => {
  const validation = validateAuthorizeRequest(context, tenant, params);
  if (validation.kind === 'error-page') return html(400, errorPage(description(context, validation.failure)));
  if (validation.kind === 'redirect-error') return deliverError(context, validation.target, validation.failure);
  const { request } = validation;
  if (!submitted) return signInForm(context, request, request.loginHint ?? '', null);

  const flowToken = params.get('flowToken');
  if (flowToken !== null) return answerConsent(context, request, flowToken, params);

  const username = (params.get('username') ?? '').trim();
  const checked = checkCredentials(context, username, params.get('password') ?? '');
  if (checked.kind === 'failed') return signInForm(context, request, username, `AADSTS${checked.failure.code}: ${checked.failure.message}`);
  return afterSignIn(context, request, checked.record);
};

export const addAuthorizeRoutes = (router: Router<AuthorityContext>): void => {
  router
    .add('GET', '/:tenant/oauth2/v2.0/authorize', (context, { tenant = '' }) =>
      handle(context, tenant, context.request.url.searchParams, false),
    )
    .add('POST', '/:tenant/oauth2/v2.0/authorize', (context, { tenant = '' }) =>
      handle(context, tenant, new URLSearchParams(context.request.body.toString('utf8')), true),
    );
};
