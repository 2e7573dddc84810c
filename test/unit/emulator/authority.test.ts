import { describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { authorizeUrl, formOf, pkcePair, useHarness, submitSignIn } from './emulator-harness.js';

// Error sentences: https://learn.microsoft.com/entra/identity-platform/reference-error-codes
const harness = useHarness();

const tech = demoTechnicians.auth;

describe('discovery', () => {
  it('serves openid-configuration for the tenant id, the domain and organizations', async () => {
    const { emulator } = harness;
    for (const tenant of [emulator.tenantId, emulator.tenantDomain, 'organizations']) {
      const response = await harness.request(`${emulator.origin}/${tenant}/v2.0/.well-known/openid-configuration`);
      expect(response.status).toBe(200);
      const config = (await response.json()) as Record<string, string>;
      expect(config['authorization_endpoint']).toBe(`${emulator.origin}/${tenant}/oauth2/v2.0/authorize`);
      expect(config['token_endpoint']).toBe(`${emulator.origin}/${tenant}/oauth2/v2.0/token`);
      expect(config['jwks_uri']).toBe(`${emulator.origin}/${tenant}/discovery/v2.0/keys`);
      expect(config['issuer']).toBe(tenant === 'organizations' ? `${emulator.origin}/{tenantid}/v2.0` : `${emulator.origin}/${emulator.tenantId}/v2.0`);
    }
  });

  it('answers an unknown tenant with AADSTS90002', async () => {
    const response = await harness.request(`${harness.emulator.origin}/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; error_codes: number[]; error_description: string };
    expect(body.error).toBe('invalid_request');
    expect(body.error_codes).toEqual([90002]);
    expect(body.error_description).toMatch(/^AADSTS90002: Tenant 'contoso.onmicrosoft.com' not found\./);
  });

  it('publishes the RS256 signing key and instance discovery metadata', async () => {
    const { emulator } = harness;
    const keys = (await (await harness.request(`${emulator.authority}/discovery/v2.0/keys`)).json()) as { keys: Array<Record<string, string>> };
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
    expect(keys.keys[0]?.['kid']).toEqual(expect.any(String));
    const instance = (await (await harness.request(`${emulator.origin}/common/discovery/instance?api-version=1.1`)).json()) as { metadata: Array<{ aliases: string[] }> };
    expect(instance.metadata[0]?.aliases).toEqual([new URL(emulator.origin).host]);
  });
});

describe('authorize page', () => {
  it('renders a labelled sign-in form, prefilled from login_hint, carrying the request in hidden fields', async () => {
    const url = authorizeUrl(harness.emulator, { extra: { login_hint: tech.userPrincipalName } });
    const response = await harness.request(url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<label for="username">Username</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toContain('<button type="submit">Sign in</button>');
    const { fields } = formOf(html);
    expect(fields['username']).toBe(tech.userPrincipalName);
    expect(fields['client_id']).toBe(harness.emulator.clientId);
    expect(fields['code_challenge_method']).toBe('S256');
    expect(fields['state']).toBe('state-123');
  });

  it('shows AADSTS700016 for an unknown client id instead of redirecting', async () => {
    const url = authorizeUrl(harness.emulator, { extra: { client_id: '11111111-2222-3333-4444-555555555555' } });
    const response = await harness.request(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('AADSTS700016: Application with identifier &#39;11111111-2222-3333-4444-555555555555&#39; was not found in the directory');
  });

  // https://learn.microsoft.com/entra/identity-platform/reply-url#localhost-exceptions: the port of a loopback
  // registration is ignored; scheme, host and path still have to match one that was registered.
  it('accepts the registered loopback addresses on any port but refuses other redirect URIs with AADSTS50011', async () => {
    for (const redirectUri of ['http://127.0.0.1:61000', 'http://127.0.0.1', 'http://127.0.0.1:4242/', 'http://localhost:61000']) {
      expect((await harness.request(authorizeUrl(harness.emulator, { redirectUri }))).status).toBe(200);
    }
    const refused = ['https://evil.example/callback', 'https://127.0.0.1:61000', 'http://127.0.0.1:4242/callback', 'http://[::1]:4242', 'http://127.0.0.2:4242'];
    for (const redirectUri of refused) {
      const response = await harness.request(authorizeUrl(harness.emulator, { redirectUri }));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(`AADSTS50011: The redirect URI &#39;${redirectUri}&#39; specified in the request does not match`);
    }
  });

  it('sends PKCE and response_type errors back to the redirect URI', async () => {
    const noChallenge = new URL(authorizeUrl(harness.emulator));
    noChallenge.searchParams.delete('code_challenge');
    const missing = formOf(await (await harness.request(noChallenge.toString())).text());
    expect(missing.action).toBe('http://127.0.0.1:53123');
    expect(missing.fields['error']).toBe('invalid_request');
    expect(missing.fields['error_description']).toMatch(/^AADSTS900144: The request body must contain the following parameter: 'code_challenge'\./);
    expect(missing.fields['state']).toBe('state-123');

    const plain = formOf(await (await harness.request(authorizeUrl(harness.emulator, { extra: { code_challenge_method: 'plain' } }))).text());
    expect(plain.fields['error_description']).toMatch(/^AADSTS70011: The provided value for the input parameter 'code_challenge_method' is not valid/);

    const token = formOf(await (await harness.request(authorizeUrl(harness.emulator, { extra: { response_type: 'token' } }))).text());
    expect(token.fields['error']).toBe('unsupported_response_type');
  });

  // Entra asks who is signing in before it decides about consent (an admin may grant what a user may not), so a
  // permission nobody granted no longer ends the request before the sign-in; consent-step conformance is in
  // user-consent.test.ts (https://learn.microsoft.com/entra/identity-platform/application-consent-experience).
  it('shows the sign-in form for a scope only an admin may grant and none did, instead of refusing it up front', async () => {
    harness.emulator.control.setConsent(['User.Read', 'User.Read.All']);
    const url = authorizeUrl(harness.emulator, { scope: `${harness.emulator.graphHost}/Directory.Read.All openid` });
    const page = await harness.request(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<label for="password">Password</label>');
    expect(formOf(html).fields['error']).toBeUndefined();
  });

  it('refuses a scope of another resource with AADSTS500011', async () => {
    const url = authorizeUrl(harness.emulator, { scope: 'https://graph.microsoft.com/User.Read openid' });
    const { fields } = formOf(await (await harness.request(url)).text());
    expect(fields['error']).toBe('invalid_resource');
    expect(fields['error_description']).toMatch(/^AADSTS500011: The resource principal named https:\/\/graph.microsoft.com was not found/);
  });
});

describe('sign-in form', () => {
  const signInError = async (username: string, password: string): Promise<string> => {
    const response = await submitSignIn(harness, authorizeUrl(harness.emulator), username, password);
    expect(response.status).toBe(200);
    const html = await response.text();
    return /role="alert">([^<]*)</.exec(html)?.[1] ?? '';
  };

  it('names an unknown account with AADSTS50034', async () => {
    expect(await signInError('nobody@tapdeskdemo.onmicrosoft.com', 'x')).toBe(
      'AADSTS50034: The user account nobody@tapdeskdemo.onmicrosoft.com does not exist in the tapdeskdemo.onmicrosoft.com directory. To sign into this application, the account must be added to the directory.',
    );
  });

  it('refuses a wrong password with AADSTS50126', async () => {
    expect(await signInError(tech.userPrincipalName, 'wrong')).toBe('AADSTS50126: Error validating credentials due to invalid username or password.');
  });

  it('refuses a disabled account with AADSTS50057', async () => {
    expect(await signInError(demoPeople.disabled.userPrincipalName, 'anything')).toBe('AADSTS50057: The user account is disabled.');
    harness.emulator.control.setUser(tech.userPrincipalName, { accountEnabled: false });
    expect(await signInError(tech.userPrincipalName, tech.password)).toBe('AADSTS50057: The user account is disabled.');
  });

  it('posts code and state to the redirect URI on success (form_post)', async () => {
    const response = await submitSignIn(harness, authorizeUrl(harness.emulator, { state: 'xyz' }), tech.userPrincipalName, tech.password);
    const html = await response.text();
    const { action, fields } = formOf(html);
    expect(action).toBe('http://127.0.0.1:53123');
    expect(fields['code']).toMatch(/^1\.emu\./);
    expect(fields['state']).toBe('xyz');
    expect(html).toContain("document.getElementById('response').submit()");
  });

  it('redirects with ?code= when the client asks for response_mode=query', async () => {
    const url = authorizeUrl(harness.emulator, { extra: { response_mode: 'query' } });
    const response = await submitSignIn(harness, url, tech.userPrincipalName, tech.password);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('http://127.0.0.1:53123/');
    expect(location.searchParams.get('code')).toMatch(/^1\.emu\./);
    expect(location.searchParams.get('state')).toBe('state-123');
  });

  it('uses a fresh PKCE pair per request', () => {
    expect(pkcePair().challenge).not.toBe(pkcePair().challenge);
  });
});
