import { InteractionRequiredAuthError, PublicClientApplication, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../src/emulator/index.js';
import { browserStandIn } from '../../support/sign-in-driver.js';
import {
  answerConsent,
  authorizeUrl,
  decodeJwt,
  formOf,
  isConsentStep,
  obtainCode,
  pkcePair,
  submitSignIn,
  type AuthorizeOptions,
  useHarness,
} from './emulator-harness.js';

// User consent and incremental consent: https://learn.microsoft.com/entra/identity-platform/consent-types-developer
// Error sentences: https://learn.microsoft.com/entra/identity-platform/reference-error-codes
const harness = useHarness();

const { auth, helpdesk } = demoTechnicians;
const graph = (name: string): string => `${harness.emulator.graphHost}/${name}`;
const sharedScope = (): string => `${graph('Mail.Send.Shared')} ${graph('User.Read.All')} openid profile offline_access`;

/** Signs in and returns the page that follows the password: the consent step, a form_post, or a redirect. */
const signIn = async (username: string, password: string, options: AuthorizeOptions = {}) => {
  const url = authorizeUrl(harness.emulator, { scope: sharedScope(), ...options });
  const response = await submitSignIn(harness, url, username, password);
  return { url, response, html: response.status === 200 ? await response.text() : '' };
};

interface TokenBody {
  error?: string;
  error_codes?: number[];
  error_description?: string;
  suberror?: string;
  access_token?: string;
  refresh_token?: string;
  scope?: string;
}

const token = async (form: Record<string, string>): Promise<{ status: number; body: TokenBody }> => {
  const response = await harness.request(`${harness.emulator.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: harness.emulator.clientId, ...form }).toString(),
  });
  return { status: response.status, body: (await response.json()) as TokenBody };
};

/** Interactive sign-in (Accept on a consent step), then the code redeemed: the refresh token and access token. */
const signInForTokens = async (username: string, password: string, scope: string) => {
  const { verifier, challenge } = pkcePair();
  const code = await obtainCode(harness, username, password, { scope, challenge });
  const redeemed = await token({ grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:53123', code_verifier: verifier, scope });
  expect(redeemed.status).toBe(200);
  return redeemed.body;
};

describe('the consent step on the authorize endpoint', () => {
  it('comes after a correct password when a permission a user may grant lacks consent, and lists the request in plain words', async () => {
    const { html } = await signIn(auth.userPrincipalName, auth.password);
    expect(isConsentStep(html)).toBe(true);
    expect(html).toContain('<title>Permissions requested</title>');
    expect(html).toContain(auth.userPrincipalName);
    const permissions = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map(([, text]) => text);
    expect(permissions).toEqual([
      'Send mail on behalf of others or yourself',
      'Read all users&#39; full profiles',
      'Sign you in',
      'View your basic profile',
      'Maintain access to data you have given it access to',
    ]);
    expect(html).toContain('<button type="submit" class="secondary" name="consent_action" value="cancel">Cancel</button>');
    expect(html).toContain('<button type="submit" name="consent_action" value="accept">Accept</button>');
    // The form stands for the signed-in user by an opaque token; the password does not travel again.
    const { fields } = formOf(html);
    expect(fields['flowToken']).toMatch(/^[\w-]{20,}$/);
    expect(Object.values(fields)).not.toContain(auth.password);
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual([]);
    expect(html).not.toContain('Consent on behalf of your organization');
  });

  it('does not come for a wrong password, nor when everything asked for is already consented', async () => {
    const wrong = await signIn(auth.userPrincipalName, 'wrong');
    expect(wrong.html).toContain('AADSTS50126');
    expect(isConsentStep(wrong.html)).toBe(false);
    const consented = await signIn(auth.userPrincipalName, auth.password, { scope: `${graph('Mail.Send')} ${graph('User.Read.All')} openid` });
    expect(formOf(consented.html).fields['code']).toMatch(/^1\.emu\./);
  });

  it('Accept records the grant for that user only and returns the code; the next sign-in asks no more', async () => {
    const { html, url } = await signIn(auth.userPrincipalName, auth.password, { state: 'accept-state' });
    const answer = await answerConsent(harness, html, url, 'accept');
    const { action, fields } = formOf(await answer.text());
    expect(action).toBe('http://127.0.0.1:53123');
    expect(fields['code']).toMatch(/^1\.emu\./);
    expect(fields['state']).toBe('accept-state');
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual(['Mail.Send.Shared']);

    const again = await signIn(auth.userPrincipalName, auth.password);
    expect(formOf(again.html).fields['code']).toMatch(/^1\.emu\./);
    const other = await signIn(helpdesk.userPrincipalName, helpdesk.password);
    expect(isConsentStep(other.html)).toBe(true);
  });

  it('Cancel redirects with access_denied, AADSTS65004 and error_subcode=cancel, and grants nothing', async () => {
    const { html, url } = await signIn(auth.userPrincipalName, auth.password, { state: 'cancel-state', extra: { response_mode: 'query' } });
    const answer = await answerConsent(harness, html, url, 'cancel');
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get('location') ?? '');
    expect(location.origin).toBe('http://127.0.0.1:53123');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('error_subcode')).toBe('cancel');
    expect(location.searchParams.get('error_codes')).toBe('65004');
    expect(location.searchParams.get('error_description')).toMatch(/^AADSTS65004: User declined to consent to access the app\. Trace ID: /);
    expect(location.searchParams.get('state')).toBe('cancel-state');
    expect(location.searchParams.has('code')).toBe(false);
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual([]);
  });

  it('prompt=consent shows the step even when everything is consented', async () => {
    const { html, url } = await signIn(auth.userPrincipalName, auth.password, { scope: `${graph('User.Read')} openid profile`, extra: { prompt: 'consent' } });
    expect(isConsentStep(html)).toBe(true);
    expect([...html.matchAll(/<li>([^<]*)<\/li>/g)].map(([, text]) => text)).toEqual(['Sign you in and read your profile', 'View your basic profile']);
    expect(formOf(await (await answerConsent(harness, html, url, 'accept')).text()).fields['code']).toMatch(/^1\.emu\./);
  });

  it('takes an answer once, and only for the permissions it was shown for', async () => {
    const first = await signIn(auth.userPrincipalName, auth.password);
    expect(formOf(await (await answerConsent(harness, first.html, first.url, 'cancel')).text()).fields['error']).toBe('access_denied');
    const replayed = await (await answerConsent(harness, first.html, first.url, 'accept')).text();
    expect(replayed).toContain('<label for="password">Password</label>');
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual([]);

    const second = await signIn(auth.userPrincipalName, auth.password);
    const widened = second.html.replace(graph('Mail.Send.Shared'), `${graph('Mail.Send.Shared')} ${graph('User.ReadWrite')}`);
    const tampered = await (await answerConsent(harness, widened, second.url, 'accept')).text();
    expect(tampered).toContain('<label for="password">Password</label>');
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual([]);
  });

});

// "App requires a permission that the user has no right to grant":
// https://learn.microsoft.com/entra/identity-platform/application-consent-experience#app-requires-a-permission-that-the-user-has-no-right-to-grant
// AADSTS90094: https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error
describe('a permission only an admin may grant, which no admin granted', () => {
  const adminOnlyScope = (): string => `${graph('Directory.Read.All')} ${graph('User.Read.All')} openid profile offline_access`;
  const { global } = demoTechnicians;

  it('signs the user in first, then shows "Need admin approval" with AADSTS90094\'s sentence instead of failing before the sign-in', async () => {
    const url = authorizeUrl(harness.emulator, { scope: adminOnlyScope() });
    expect(await (await harness.request(url)).text()).toContain('<label for="password">Password</label>');
    const { html } = await signIn(auth.userPrincipalName, auth.password, { scope: adminOnlyScope() });
    expect(html).toContain('<title>Need admin approval</title>');
    expect(html).toContain(auth.userPrincipalName);
    expect(html).toContain(
      'TAP Desk (demo) needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.',
    );
    expect(isConsentStep(html)).toBe(false);
    expect(html).not.toContain('value="accept"');
  });

  it('"Return to the application without granting consent" redirects with access_denied, AADSTS65004 and error_subcode=cancel', async () => {
    const { html, url } = await signIn(auth.userPrincipalName, auth.password, { scope: adminOnlyScope(), state: 'back-state', extra: { response_mode: 'query' } });
    const { action, fields } = formOf(html);
    const answer = await harness.request(new URL(action, url).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, admin_approval_action: 'return' }).toString(),
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get('location') ?? '');
    expect(location.origin).toBe('http://127.0.0.1:53123');
    expect(Object.fromEntries(location.searchParams)).toMatchObject({ error: 'access_denied', error_subcode: 'cancel', error_codes: '65004', state: 'back-state' });
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual([]);
  });

  it('offers to sign in with an admin account instead, starting the same request over', async () => {
    const { html, url } = await signIn(auth.userPrincipalName, auth.password, { scope: adminOnlyScope() });
    const link = /<a href="([^"]*)">Have an admin account\? Sign in with that account<\/a>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(link).toBeDefined();
    const restart = new URL(link ?? '', url);
    expect(restart.pathname).toBe(new URL(url).pathname);
    expect(restart.searchParams.get('scope')).toBe(adminOnlyScope());
    expect(restart.searchParams.has('flowToken')).toBe(false);
    const code = await obtainCode(harness, global.userPrincipalName, global.password, { scope: adminOnlyScope() });
    expect(code).toMatch(/^1\.emu\./);
  });

  it('never grants from the admin-approval page, even when an Accept is posted with its token', async () => {
    const { html, url } = await signIn(auth.userPrincipalName, auth.password, { scope: adminOnlyScope() });
    const forged = await (await answerConsent(harness, html, url, 'accept')).text();
    expect(forged).toContain('<title>Need admin approval</title>');
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual([]);
  });

  it('asks a Global Administrator, who sees "Consent on behalf of your organization" unchecked; Accept alone grants for them only', async () => {
    const { html, url } = await signIn(global.userPrincipalName, global.password, { scope: adminOnlyScope() });
    expect(isConsentStep(html)).toBe(true);
    expect(html).toContain('<input type="checkbox" id="consent-on-behalf" name="consent_on_behalf"><label for="consent-on-behalf">Consent on behalf of your organization</label>');
    expect(formOf(await (await answerConsent(harness, html, url, 'accept')).text()).fields['code']).toMatch(/^1\.emu\./);
    expect(harness.emulator.control.userConsent(global.userPrincipalName)).toEqual(['Directory.Read.All']);
    expect((await signIn(helpdesk.userPrincipalName, helpdesk.password, { scope: adminOnlyScope() })).html).toContain('<title>Need admin approval</title>');
  });

  it('with the box checked, grants for the whole tenant: other users then get their code without any prompt', async () => {
    const { html, url } = await signIn(global.userPrincipalName, global.password, { scope: adminOnlyScope() });
    const { action, fields } = formOf(html);
    const answer = await harness.request(new URL(action, url).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      // A browser submits a checked checkbox without a value attribute as "on".
      body: new URLSearchParams({ ...fields, consent_on_behalf: 'on', consent_action: 'accept' }).toString(),
    });
    expect(formOf(await answer.text()).fields['code']).toMatch(/^1\.emu\./);
    expect(harness.emulator.control.userConsent(global.userPrincipalName)).toEqual([]);
    const other = await signIn(helpdesk.userPrincipalName, helpdesk.password, { scope: adminOnlyScope() });
    expect(formOf(other.html).fields['code']).toMatch(/^1\.emu\./);
    const token = await harness.tokenFor(auth.userPrincipalName, ['Directory.Read.All']);
    expect(decodeJwt(token)['scp']).toBe('Directory.Read.All');
  });

  it('shows a Global Administrator the box for permissions a user may grant too, and no one else', async () => {
    const admin = await signIn(global.userPrincipalName, global.password);
    expect(admin.html).toContain('Consent on behalf of your organization');
    // Admins may consent even where users may not.
    harness.emulator.control.setUserConsentSetting('disabled');
    expect(isConsentStep((await signIn(global.userPrincipalName, global.password)).html)).toBe(true);
  });
});

describe('the tenant user-consent setting', () => {
  it("disabled: the sign-in ends in consent_required with AADSTS90093, Entra's policy sentence", async () => {
    harness.emulator.control.setUserConsentSetting('disabled');
    const { html } = await signIn(auth.userPrincipalName, auth.password);
    expect(isConsentStep(html)).toBe(false);
    const { action, fields } = formOf(html);
    expect(action).toBe('http://127.0.0.1:53123');
    expect(fields['error']).toBe('consent_required');
    expect(fields['error_codes']).toBe('90093');
    expect(fields['error_description']).toMatch(
      /^AADSTS90093: An administrator of TAP Desk Demo set a policy that prevents you from granting TAP Desk \(demo\) the permissions it's requesting\. Contact an administrator of TAP Desk Demo, who can grant permissions to this app on your behalf\. Trace ID: /,
    );
  });

  it('disabled: grants made earlier still count, and prompt=consent has no step to show', async () => {
    harness.emulator.control.setUserConsent(auth.userPrincipalName, ['Mail.Send.Shared']);
    harness.emulator.control.setUserConsentSetting('disabled');
    expect(formOf((await signIn(auth.userPrincipalName, auth.password)).html).fields['code']).toMatch(/^1\.emu\./);
    const forced = await signIn(auth.userPrincipalName, auth.password, { extra: { prompt: 'consent' } });
    expect(formOf(forced.html).fields['error_codes']).toBe('90093');
  });

  it('is refused an Accept once turned off while the prompt was open', async () => {
    const { html, url } = await signIn(auth.userPrincipalName, auth.password);
    harness.emulator.control.setUserConsentSetting('disabled');
    expect(formOf(await (await answerConsent(harness, html, url, 'accept')).text()).fields['error_codes']).toBe('90093');
    expect(harness.emulator.control.userConsent(auth.userPrincipalName)).toEqual([]);
  });
});

describe('the token endpoint with user grants', () => {
  it("refuses a refresh for a permission the user never consented to (invalid_grant + consent_required), then serves it from the same refresh token once they have", async () => {
    const first = await signInForTokens(auth.userPrincipalName, auth.password, `${graph('User.Read.All')} openid profile offline_access`);
    const refreshToken = first.refresh_token ?? '';
    const refused = await token({ grant_type: 'refresh_token', refresh_token: refreshToken, scope: `${graph('Mail.Send.Shared')} openid offline_access` });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', error_codes: [65001] });
    expect(refused.body.error_description).toMatch(/^AADSTS65001: /);

    await signInForTokens(auth.userPrincipalName, auth.password, sharedScope());
    const served = await token({ grant_type: 'refresh_token', refresh_token: refreshToken, scope: `${graph('Mail.Send.Shared')} openid offline_access` });
    expect(served.status).toBe(200);
    expect(decodeJwt(served.body.access_token ?? '')['scp']).toBe('Mail.Send.Shared');
    expect(served.body.scope).toBe(`${graph('Mail.Send.Shared')} openid offline_access`);
    const everything = await token({ grant_type: 'refresh_token', refresh_token: refreshToken, scope: `${graph('.default')} offline_access` });
    expect(String(decodeJwt(everything.body.access_token ?? '')['scp']).split(' ')).toEqual(expect.arrayContaining(['User.Read.All', 'Mail.Send', 'Mail.Send.Shared']));
  });

  it("redeems a code for the permissions accepted, and keeps one user's grant from another", async () => {
    const tokens = await signInForTokens(auth.userPrincipalName, auth.password, sharedScope());
    expect(String(decodeJwt(tokens.access_token ?? '')['scp']).split(' ').sort()).toEqual(['Mail.Send.Shared', 'User.Read.All']);
    const other = await signInForTokens(helpdesk.userPrincipalName, helpdesk.password, `${graph('User.Read.All')} openid offline_access`);
    harness.emulator.control.setUserConsent(helpdesk.userPrincipalName, []);
    const refused = await token({ grant_type: 'refresh_token', refresh_token: other.refresh_token ?? '', scope: graph('Mail.Send.Shared') });
    expect(refused.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required' });
  });
});

describe('consent through the control surface', () => {
  const control = (path: string, method: string, body?: unknown) =>
    harness.request(`${harness.emulator.controlUrl}${path}`, {
      method,
      ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });

  it('sets the tenant setting and reads and replaces a user grant; reset restores both', async () => {
    expect((await control('/user-consent', 'PUT', { setting: 'disabled' })).status).toBe(204);
    expect((await control('/user-consent', 'PUT', { setting: 'sometimes' })).status).toBe(400);
    expect((await control(`/users/${auth.id}/consent`, 'PUT', { scopes: ['Mail.Send.Shared', `${harness.emulator.graphHost}/user.readbasic.all`] })).status).toBe(204);
    expect(await (await control(`/users/${encodeURIComponent(auth.userPrincipalName)}/consent`, 'GET')).json()).toEqual({ scopes: ['Mail.Send.Shared', 'User.ReadBasic.All'] });
    expect((await control(`/users/${auth.id}/consent`, 'PUT', { scopes: ['Mail.Fly'] })).status).toBe(400);
    expect((await control('/users/nobody@example.com/consent', 'GET')).status).toBe(404);
    expect((await control('/tokens', 'POST', { username: auth.userPrincipalName, scopes: ['Mail.Send.Shared'] })).status).toBe(200);

    expect((await control('/reset', 'POST')).status).toBe(204);
    expect(harness.emulator.control.userConsent(auth.id)).toEqual([]);
    expect((await control('/tokens', 'POST', { username: auth.userPrincipalName, scopes: ['Mail.Send.Shared'] })).status).toBe(400);
    expect(isConsentStep((await signIn(auth.userPrincipalName, auth.password)).html)).toBe(true);
  });
});

describe('@azure/msal-node and incremental consent', () => {
  /** MSAL's HTTP goes through the emulator CA only. */
  const networkClient = (): INetworkModule => {
    const send = async <T>(url: string, method: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
      const response = await harness.request(url, { method, headers: options?.headers ?? {}, ...(options?.body !== undefined ? { body: options.body } : {}) });
      return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body: (await response.json()) as T };
    };
    return { sendGetRequestAsync: (url, options) => send(url, 'GET', options), sendPostRequestAsync: (url, options) => send(url, 'POST', options) };
  };
  const createApp = () =>
    new PublicClientApplication({
      auth: { clientId: harness.emulator.clientId, authority: harness.emulator.authority, knownAuthorities: [new URL(harness.emulator.origin).host] },
      system: { networkClient: networkClient() },
    });

  it('a silent request for Mail.Send.Shared needs interaction; the interactive one shows the consent step, and afterwards silent works', async () => {
    const app = createApp();
    const signedIn = await app.acquireTokenInteractive({
      scopes: [graph('User.Read.All')],
      openBrowser: browserStandIn(harness.emulator.caCertPem, auth.userPrincipalName, auth.password).openBrowser,
      loginHint: auth.userPrincipalName,
    });
    const account = signedIn.account;
    if (!account) throw new Error('MSAL returned no account');

    const silent = app.acquireTokenSilent({ account, scopes: [graph('Mail.Send.Shared')] });
    await expect(silent).rejects.toBeInstanceOf(InteractionRequiredAuthError);
    await expect(silent).rejects.toMatchObject({ errorCode: 'invalid_grant', subError: 'consent_required' });

    const browser = browserStandIn(harness.emulator.caCertPem, auth.userPrincipalName, auth.password);
    const consented = await app.acquireTokenInteractive({ scopes: [graph('Mail.Send.Shared')], openBrowser: browser.openBrowser, loginHint: auth.userPrincipalName });
    expect(browser.outcome.consent).toEqual({ pressed: 'Accept', permissions: ['Send mail on behalf of others or yourself', 'Sign you in', 'View your basic profile', 'Maintain access to data you have given it access to'] });
    expect(decodeJwt(consented.accessToken)['scp']).toBe('Mail.Send.Shared');

    const refreshed = await app.acquireTokenSilent({ account, scopes: [graph('Mail.Send.Shared')], forceRefresh: true });
    expect(decodeJwt(refreshed.accessToken)['scp']).toBe('Mail.Send.Shared');
  });

  it('Cancel on the consent step reaches MSAL as access_denied with AADSTS65004', async () => {
    const app = createApp();
    const browser = browserStandIn(harness.emulator.caCertPem, auth.userPrincipalName, auth.password, { consent: 'cancel' });
    await expect(app.acquireTokenInteractive({ scopes: [graph('Mail.Send.Shared')], openBrowser: browser.openBrowser })).rejects.toMatchObject({
      errorCode: 'access_denied',
      errorMessage: expect.stringMatching(/^AADSTS65004: User declined to consent to access the app\./),
    });
    expect(browser.outcome.consent?.pressed).toBe('Cancel');
  });
});
