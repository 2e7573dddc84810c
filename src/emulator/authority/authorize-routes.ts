import { randomBytes, randomUUID } from 'node:crypto';
import { demoTenant } from '../fixture/demo-tenant.js';
import { html } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import type { UserRecord } from '../state/model.js';
import type { AuthorityContext } from './authority-context.js';
import { validateAuthorizeRequest, type AuthorizeRequest, type RedirectTarget } from './authorize-request.js';
import { aad, describe, type AadError } from './oauth-error.js';
import { errorPage, formPostPage, signInPage } from './sign-in-page.js';

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

const handle = (context: AuthorityContext, tenant: string, params: URLSearchParams, submitted: boolean): EmulatorResponse => {
  const validation = validateAuthorizeRequest(context, tenant, params);
  if (validation.kind === 'error-page') return html(400, errorPage(description(context, validation.failure)));
  if (validation.kind === 'redirect-error') {
    const { failure, target } = validation;
    return deliver(target, { error: failure.error, error_description: description(context, failure), error_codes: String(failure.code) });
  }
  const { request } = validation;
  if (!submitted) return signInForm(context, request, request.loginHint ?? '', null);

  const username = (params.get('username') ?? '').trim();
  const checked = checkCredentials(context, username, params.get('password') ?? '');
  if (checked.kind === 'failed') return signInForm(context, request, username, `AADSTS${checked.failure.code}: ${checked.failure.message}`);

  const code = `1.emu.${randomBytes(32).toString('base64url')}`;
  context.state.authCodes.set(code, {
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    userId: checked.record.user.id,
    scopes: request.scopes.split(' ').filter((scope) => scope !== ''),
    codeChallenge: request.codeChallenge,
    nonce: request.nonce,
    expiresAt: context.state.now() + authorizationCodeLifetimeMs,
    redeemed: false,
  });
  return deliver(request, { code });
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
