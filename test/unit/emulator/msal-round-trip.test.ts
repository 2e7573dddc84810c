import { PublicClientApplication, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { demoTechnicians } from '../../../src/emulator/index.js';
import { decodeJwt, formOf, useHarness, submitSignIn, type Harness } from './emulator-harness.js';

const harness = useHarness();

/** MSAL's HTTP goes through the emulator CA only. */
const networkClient = (h: Harness): INetworkModule => {
  const send = async <T>(url: string, method: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const response = await h.request(url, { method, headers: options?.headers ?? {}, ...(options?.body !== undefined ? { body: options.body } : {}) });
    return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body: (await response.json()) as T };
  };
  return {
    sendGetRequestAsync: (url, options) => send(url, 'GET', options),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  };
};

const createApp = (h: Harness): PublicClientApplication =>
  new PublicClientApplication({
    auth: { clientId: h.emulator.clientId, authority: h.emulator.authority, knownAuthorities: [new URL(h.emulator.origin).host] },
    system: { networkClient: networkClient(h) },
  });

/** The "system browser": load the sign-in page, submit credentials, then deliver the form_post to MSAL's loopback listener. */
const browserSigningIn = (username: string, password: string) => async (url: string): Promise<void> => {
  const answer = await submitSignIn(harness, url, username, password);
  const { action, fields } = formOf(await answer.text());
  await fetch(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
};

describe('@azure/msal-node against the emulator', () => {
  const tech = demoTechnicians.auth;

  it('signs in interactively (auth code + PKCE, form_post), then serves silent and refreshed tokens that Graph accepts', async () => {
    const app = createApp(harness);
    const scopes = [`${harness.emulator.graphHost}/User.Read.All`, `${harness.emulator.graphHost}/UserAuthMethod-TAP.ReadWrite.All`];
    const result = await app.acquireTokenInteractive({ scopes, openBrowser: browserSigningIn(tech.userPrincipalName, tech.password), loginHint: tech.userPrincipalName });
    expect(result.account?.homeAccountId).toBe(`${tech.id}.${harness.emulator.tenantId}`);
    expect(result.account?.username).toBe(tech.userPrincipalName);
    expect(result.scopes).toEqual(expect.arrayContaining(scopes));
    expect(decodeJwt(result.accessToken)['scp']).toBe('User.Read.All UserAuthMethod-TAP.ReadWrite.All');

    const me = await harness.graph('/me', { token: result.accessToken });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { id: string }).id).toBe(tech.id);

    const account = result.account;
    if (!account) throw new Error('MSAL returned no account');
    const cached = await app.acquireTokenSilent({ account, scopes });
    expect(cached.accessToken).toBe(result.accessToken);

    const tokenCalls = () => harness.emulator.control.requestLog().filter((entry) => entry.path.endsWith('/oauth2/v2.0/token')).length;
    const before = tokenCalls();
    const refreshed = await app.acquireTokenSilent({ account, scopes, forceRefresh: true });
    expect(tokenCalls()).toBe(before + 1);
    expect(refreshed.accessToken).not.toBe(result.accessToken);
    expect((await harness.graph('/me', { token: refreshed.accessToken })).status).toBe(200);
  });

  // Entra signs the user in before it decides about consent, so a permission only an admin may grant no longer
  // fails the authorize request up front (consent_required); a non-admin sees "Need admin approval" and returns to
  // the app without consent (https://learn.microsoft.com/entra/identity-platform/application-consent-experience).
  it('surfaces "Need admin approval", left without consent after the sign-in, as access_denied (AADSTS65004)', async () => {
    harness.emulator.control.setConsent(['User.Read.All']);
    const app = createApp(harness);
    const returnWithoutConsent = async (url: string): Promise<void> => {
      const approval = await (await submitSignIn(harness, url, tech.userPrincipalName, tech.password)).text();
      expect(approval).toContain('<title>Need admin approval</title>');
      const { action, fields } = formOf(approval);
      const back = await harness.request(new URL(action, url).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...fields, admin_approval_action: 'return' }).toString(),
      });
      const relay = formOf(await back.text());
      await fetch(relay.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(relay.fields).toString() });
    };
    await expect(app.acquireTokenInteractive({ scopes: [`${harness.emulator.graphHost}/Directory.Read.All`], openBrowser: returnWithoutConsent })).rejects.toMatchObject({
      errorCode: 'access_denied',
      errorMessage: expect.stringMatching(/^AADSTS65004/),
    });
  });
});
