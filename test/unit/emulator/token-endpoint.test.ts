import { describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../src/emulator/index.js';
import { decodeJwt, obtainCode, pkcePair, useHarness } from './emulator-harness.js';

// Token endpoint behaviour: https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
const harness = useHarness();

const tech = demoTechnicians.privAuth;
const redirectUri = 'http://127.0.0.1:53123';

interface TokenBody {
  error?: string;
  error_description?: string;
  error_codes?: number[];
  suberror?: string;
  access_token?: string;
  id_token?: string;
  refresh_token?: string;
  client_info?: string;
  scope?: string;
  expires_in?: number;
  token_type?: string;
}

const post = async (form: Record<string, string>): Promise<{ status: number; body: TokenBody }> => {
  const response = await harness.request(`${harness.emulator.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'client-request-id': 'corr-1' },
    body: new URLSearchParams({ client_id: harness.emulator.clientId, ...form }).toString(),
  });
  return { status: response.status, body: (await response.json()) as TokenBody };
};

const redeem = async (overrides: Record<string, string> = {}, nonce?: string) => {
  const { verifier, challenge } = pkcePair();
  const code = await obtainCode(harness, tech.userPrincipalName, tech.password, { challenge, ...(nonce ? { nonce } : {}) });
  const form = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
    scope: `${harness.emulator.graphHost}/User.Read.All openid profile offline_access`,
    ...overrides,
  };
  return { code, form, result: await post(form) };
};

describe('authorization_code grant', () => {
  it('issues Entra-shaped tokens: id token with nonce, access token with Graph scp only, client_info', async () => {
    const { emulator } = harness;
    const { result } = await redeem({}, 'nonce-42');
    expect(result.status).toBe(200);
    const body = result.body;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.scope).toBe(`${emulator.graphHost}/User.Read.All openid profile offline_access`);
    expect(body.refresh_token).toEqual(expect.any(String));

    const access = decodeJwt(body.access_token ?? '');
    expect(access).toMatchObject({ aud: emulator.graphHost, iss: `${emulator.authority}/v2.0`, tid: emulator.tenantId, oid: tech.id, scp: 'User.Read.All', preferred_username: tech.userPrincipalName, name: tech.displayName });
    const id = decodeJwt(body.id_token ?? '');
    expect(id).toMatchObject({ aud: emulator.clientId, iss: `${emulator.authority}/v2.0`, tid: emulator.tenantId, oid: tech.id, nonce: 'nonce-42', preferred_username: tech.userPrincipalName });
    expect(Number(id['exp'])).toBeGreaterThan(Number(id['iat']));
    expect(JSON.parse(Buffer.from(body.client_info ?? '', 'base64url').toString())).toEqual({ uid: tech.id, utid: emulator.tenantId });
  });

  it('refuses a second redemption of the same code with AADSTS54005', async () => {
    const { form } = await redeem();
    const again = await post(form);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
    expect(again.body.error_codes).toEqual([54005]);
    expect(again.body.error_description).toMatch(/^AADSTS54005: OAuth2 Authorization code was already redeemed/);
    expect(again.body).toMatchObject({ correlation_id: 'corr-1', trace_id: expect.any(String), timestamp: expect.any(String) });
  });

  it('refuses a wrong PKCE verifier with AADSTS501481', async () => {
    const { result } = await redeem({ code_verifier: pkcePair().verifier });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('invalid_grant');
    expect(result.body.error_description).toMatch(/^AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request\./);
  });

  it('refuses a redirect URI other than the one the code was issued for', async () => {
    const { result } = await redeem({ redirect_uri: 'http://127.0.0.1:9999' });
    expect(result.body.error).toBe('invalid_grant');
    expect(result.body.error_codes).toEqual([500112]);
  });

  it('refuses an expired code with AADSTS70008 and an unknown one with AADSTS9002313', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await obtainCode(harness, tech.userPrincipalName, tech.password, { challenge });
    harness.emulator.control.setClockOffset(11 * 60_000);
    const expired = await post({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
    expect(expired.body.error_codes).toEqual([70008]);
    const unknown = await post({ grant_type: 'authorization_code', code: 'not-a-code', redirect_uri: redirectUri, code_verifier: verifier });
    expect(unknown.body.error_codes).toEqual([9002313]);
  });

  it('refuses an unknown client with AADSTS700016 and an unknown grant type with AADSTS70003', async () => {
    const client = await post({ client_id: '11111111-2222-3333-4444-555555555555', grant_type: 'authorization_code' });
    expect(client.body).toMatchObject({ error: 'unauthorized_client', error_codes: [700016] });
    const grant = await post({ grant_type: 'password' });
    expect(grant.body).toMatchObject({ error: 'unsupported_grant_type', error_codes: [70003] });
  });
});

describe('refresh_token grant', () => {
  it('hands out a new refresh token without revoking the old one, and an access token for the requested consented scopes', async () => {
    const { result } = await redeem();
    const first = result.body.refresh_token ?? '';
    const refreshed = await post({ grant_type: 'refresh_token', refresh_token: first, scope: `${harness.emulator.graphHost}/UserAuthMethod-TAP.ReadWrite.All openid offline_access` });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.access_token ?? '')['scp']).toBe('UserAuthMethod-TAP.ReadWrite.All');
    expect(refreshed.body.refresh_token).not.toBe(first);
    const reused = await post({ grant_type: 'refresh_token', refresh_token: first });
    expect(reused.status).toBe(200);
    const unknown = await post({ grant_type: 'refresh_token', refresh_token: 'not-a-refresh-token' });
    expect(unknown.body).toMatchObject({ error: 'invalid_grant', error_codes: [70000] });
  });

  it('answers scopes without consent with invalid_grant + suberror consent_required (AADSTS65001)', async () => {
    const { result } = await redeem();
    harness.emulator.control.setConsent(['User.Read.All']);
    const refreshed = await post({ grant_type: 'refresh_token', refresh_token: result.body.refresh_token ?? '', scope: `${harness.emulator.graphHost}/Mail.Send` });
    expect(refreshed.status).toBe(400);
    expect(refreshed.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', error_codes: [65001] });
  });

  it('expires a refresh token after 90 days of inactivity with AADSTS700082', async () => {
    const { result } = await redeem();
    harness.emulator.control.setClockOffset(91 * 24 * 60 * 60_000);
    const refreshed = await post({ grant_type: 'refresh_token', refresh_token: result.body.refresh_token ?? '' });
    expect(refreshed.body.error_codes).toEqual([700082]);
    expect(refreshed.body.error_description).toMatch(/^AADSTS700082: The refresh token has expired due to inactivity\./);
  });

  it('refuses a refresh for a disabled account with AADSTS50057', async () => {
    const { result } = await redeem();
    harness.emulator.control.setUser(tech.id, { accountEnabled: false });
    const refreshed = await post({ grant_type: 'refresh_token', refresh_token: result.body.refresh_token ?? '' });
    expect(refreshed.body.error_codes).toEqual([50057]);
  });
});
