import { describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { useHarness } from './emulator-harness.js';

const harness = useHarness();

const control = (path: string, method = 'GET', body?: unknown) =>
  harness.request(`${harness.emulator.controlUrl}${path}`, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });

describe('control surface over HTTP', () => {
  it('reads and patches the policy, validating against the allowed ranges', async () => {
    const patched = await control('/policy', 'PATCH', { defaultLength: 12, isUsableOnce: true });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ defaultLength: 12, isUsableOnce: true, minimumLifetimeInMinutes: 60 });
    expect(harness.emulator.control.policy().defaultLength).toBe(12);
    expect((await control('/policy', 'PATCH', { defaultLength: 7 })).status).toBe(400);
    expect((await control('/policy', 'PATCH', { minimumLifetimeInMinutes: 600 })).status).toBe(400);
    expect((await control('/policy', 'PATCH', { colour: 'red' })).status).toBe(400);
  });

  it('patches users, marks passes used and answers unknown users with 404', async () => {
    const disabled = await control(`/users/${encodeURIComponent(demoPeople.inScope.userPrincipalName)}`, 'PATCH', { accountEnabled: false });
    expect(await disabled.json()).toMatchObject({ id: demoPeople.inScope.id, accountEnabled: false });
    expect((await control('/users/nobody@example.com', 'PATCH', { jobTitle: 'x' })).status).toBe(404);
    expect((await control(`/users/${demoPeople.withActivePass.id}/pass-used`, 'POST')).status).toBe(204);
    expect((await control(`/users/${demoPeople.outOfScope.id}/pass-used`, 'POST')).status).toBe(404);
  });

  it('registers a method as if the person had done so with their pass', async () => {
    const methodsOf = async () => {
      const minted = await harness.emulator.control.issueToken({ username: demoTechnicians.global.userPrincipalName, scopes: ['UserAuthenticationMethod.Read.All'] });
      const response = await harness.graph(`/users/${demoPeople.outOfScope.id}/authentication/methods`, { token: minted.access_token });
      return ((await response.json()) as { value: { '@odata.type': string }[] }).value.map((method) => method['@odata.type']);
    };
    expect(await methodsOf()).not.toContain('#microsoft.graph.fido2AuthenticationMethod');
    expect((await control(`/users/${demoPeople.outOfScope.id}/methods`, 'POST', { kind: 'fido2' })).status).toBe(204);
    expect((await control(`/users/${demoPeople.outOfScope.id}/methods`, 'POST', { kind: 'fido2' })).status).toBe(204);
    expect((await methodsOf()).filter((type) => type === '#microsoft.graph.fido2AuthenticationMethod')).toHaveLength(1);
    expect((await control(`/users/${demoPeople.outOfScope.id}/methods`, 'POST', { kind: 'carrier-pigeon' })).status).toBe(400);
  });

  it('mints tokens, changes consent and moves the clock', async () => {
    const minted = await control('/tokens', 'POST', { username: demoTechnicians.global.userPrincipalName, scopes: ['User.Read'] });
    const { access_token: token } = (await minted.json()) as { access_token: string };
    expect((await harness.graph('/me', { token })).status).toBe(200);
    expect((await control('/consent', 'PUT', { scopes: ['User.Read'] })).status).toBe(204);
    expect((await control('/tokens', 'POST', { username: demoTechnicians.global.userPrincipalName, scopes: ['Mail.Send'] })).status).toBe(400);
    expect((await control('/clock', 'PUT', { offsetMs: 2 * 60 * 60_000 })).status).toBe(204);
    expect((await harness.graph('/me', { token })).status).toBe(401);
  });

  it('adds and clears faults, lists mail and requests', async () => {
    const added = await control('/faults', 'POST', { pathPattern: '^/v1\\.0/me$', status: 503, retryAfterSeconds: 0 });
    expect(added.status).toBe(201);
    expect(await added.json()).toEqual({ id: expect.any(String) });
    const token = await harness.tokenFor(demoTechnicians.global.userPrincipalName);
    const throttled = await harness.graph('/me', { token });
    expect(throttled.status).toBe(503);
    expect(throttled.headers.get('retry-after')).toBe('0');
    expect((await control('/faults', 'DELETE')).status).toBe(204);
    expect((await harness.graph('/me', { token })).status).toBe(200);
    expect((await control('/faults', 'POST', { pathPattern: '(' })).status).toBe(400);
    expect(await (await control('/mail')).json()).toEqual([]);
    const log = (await (await control('/requests')).json()) as Array<{ path: string }>;
    expect(log.map((entry) => entry.path)).toEqual(['/v1.0/me', '/v1.0/me']);
  });

  it('refuses requests that come from a web page', async () => {
    const fromPage = await harness.request(`${harness.emulator.controlUrl}/reset`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(fromPage.status).toBe(403);
  });

  it('resets everything back to the fixture', async () => {
    const token = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
    await harness.graph(`/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`, { token, method: 'POST', body: {} });
    harness.emulator.control.setUser(demoPeople.inScope.id, { displayName: 'Renamed' });
    harness.emulator.control.setPolicy({ state: 'disabled' });
    expect((await control('/reset', 'POST')).status).toBe(204);
    expect(harness.emulator.control.requestLog()).toEqual([]);
    const me = (await (await harness.graph(`/users/${demoPeople.inScope.id}`, { token })).json()) as { displayName: string };
    expect(me.displayName).toBe('Lena Fischer');
    const passes = (await (await harness.graph(`/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`, { token })).json()) as { value: unknown[] };
    expect(passes.value).toEqual([]);
    expect(harness.emulator.control.policy().state).toBe('enabled');
  });
});
