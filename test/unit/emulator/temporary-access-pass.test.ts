import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians, roleIds } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

// Rules: https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods
// and https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass
const harness = useHarness();
const tokens: Record<'auth' | 'privAuth' | 'global' | 'helpdesk', string> = { auth: '', privAuth: '', global: '', helpdesk: '' };
beforeAll(async () => {
  for (const key of Object.keys(tokens) as Array<keyof typeof tokens>) tokens[key] = await harness.tokenFor(demoTechnicians[key].userPrincipalName);
});

interface Tap {
  id: string;
  temporaryAccessPass: string | null;
  lifetimeInMinutes: number;
  isUsableOnce: boolean;
  isUsable: boolean;
  methodUsabilityReason: string;
  startDateTime: string;
}

const passesPath = (userId: string) => `/users/${userId}/authentication/temporaryAccessPassMethods`;
const create = (userId: string, body: Record<string, unknown> = {}, token = tokens.privAuth) => harness.graph(passesPath(userId), { token, method: 'POST', body });
const list = async (userId: string, token = tokens.privAuth): Promise<Tap[]> => ((await (await harness.graph(passesPath(userId), { token })).json()) as { value: Tap[] }).value;

const expectRejected = async (response: Awaited<ReturnType<typeof create>>, status: number, code: string, message: string) => {
  expect(response.status).toBe(status);
  expect(await graphError(response)).toMatchObject({ code, message });
};

describe('creating a pass', () => {
  it('applies policy defaults, returns the pass once (201), and GET hides it', async () => {
    const response = await create(demoPeople.inScope.id);
    expect(response.status).toBe(201);
    const created = (await response.json()) as Tap & Record<string, unknown>;
    expect(created).toMatchObject({ '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod', lifetimeInMinutes: 60, isUsableOnce: false, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
    expect(created.temporaryAccessPass).toHaveLength(8);
    const [read] = await list(demoPeople.inScope.id);
    expect(read?.id).toBe(created.id);
    expect(read?.temporaryAccessPass).toBeNull();
    const byId = (await (await harness.graph(`${passesPath(demoPeople.inScope.id)}/${created.id}`, { token: tokens.privAuth })).json()) as Tap;
    expect(byId.temporaryAccessPass).toBeNull();
  });

  it('makes passes of the policy length from letters, digits and symbols', async () => {
    harness.emulator.control.setPolicy({ defaultLength: 24 });
    for (let round = 0; round < 5; round += 1) {
      const pass = ((await (await create(demoPeople.inScope.id)).json()) as Tap).temporaryAccessPass ?? '';
      expect(pass).toHaveLength(24);
      expect(pass).toMatch(/[A-Za-z]/);
      expect(pass).toMatch(/[0-9]/);
      expect(pass).toMatch(/[^A-Za-z0-9]/);
    }
  });

  it('rejects a lifetime outside the policy range', async () => {
    const message = 'Invalid LifetimeInMinutes specified. The valid range between 60 and 480.';
    await expectRejected(await create(demoPeople.inScope.id, { lifetimeInMinutes: 59 }), 400, 'badRequest', message);
    await expectRejected(await create(demoPeople.inScope.id, { lifetimeInMinutes: 481 }), 400, 'badRequest', message);
    expect((await create(demoPeople.inScope.id, { lifetimeInMinutes: 480 })).status).toBe(201);
  });

  const policyRefusal = 'Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].';

  it('rejects users outside the include targets, inside the exclude targets, or when the method is disabled', async () => {
    await expectRejected(await create(demoPeople.outOfScope.id), 400, 'badRequest', policyRefusal);
    await expectRejected(await create(demoPeople.excluded.id), 400, 'badRequest', policyRefusal);
    harness.emulator.control.setPolicy({ state: 'disabled' });
    await expectRejected(await create(demoPeople.inScope.id), 400, 'badRequest', policyRefusal);
    harness.emulator.control.setPolicy({ state: 'enabled', includeTargets: [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }] });
    expect((await create(demoPeople.outOfScope.id)).status).toBe(201);
  });

  it('rejects an external guest', async () => {
    await expectRejected(await create(demoPeople.guest.id), 400, 'badRequest', 'Temporary Access Pass cannot be added to an external guest user.');
  });

  it('rejects a multi-use pass when the policy forces one-time use, and defaults to one-time then', async () => {
    harness.emulator.control.setPolicy({ isUsableOnce: true });
    await expectRejected(
      await create(demoPeople.inScope.id, { isUsableOnce: false }),
      400,
      'badRequest',
      'Invalid IsUsableOnce specified. Tenant Policy does not allow multiple use temporary access pass method.',
    );
    expect(((await (await create(demoPeople.inScope.id)).json()) as Tap).isUsableOnce).toBe(true);
  });

  it('rejects a start in the past and a start that is not a date', async () => {
    const past = new Date(Date.now() - 60 * 60_000).toISOString();
    await expectRejected(await create(demoPeople.inScope.id, { startDateTime: past }), 400, 'badRequest', 'Invalid StartDateTime specified. StartDateTime cannot be in the past.');
    await expectRejected(await create(demoPeople.inScope.id, { startDateTime: 'tomorrow' }), 400, 'BadRequest', "Cannot convert the literal 'tomorrow' to the expected type 'Edm.DateTimeOffset'.");
    await expectRejected(await create(demoPeople.inScope.id, { lifetimeInMinutes: '60' }), 400, 'BadRequest', "Cannot convert the literal '60' to the expected type 'Edm.Int32'.");
  });

  it('keeps one pass per user: a new one replaces the existing one', async () => {
    const [existing] = await list(demoPeople.withActivePass.id);
    expect(existing?.isUsable).toBe(true);
    const replacement = (await (await create(demoPeople.withActivePass.id)).json()) as Tap;
    const after = await list(demoPeople.withActivePass.id);
    expect(after.map((tap) => tap.id)).toEqual([replacement.id]);
    expect(replacement.id).not.toBe(existing?.id);
  });
});

describe('usability, worked out at read time', () => {
  it('reports NotYetValid, then EnabledByPolicy, then Expired as the clock moves', async () => {
    const start = new Date(Date.now() + 2 * 60 * 60_000).toISOString();
    const created = (await (await create(demoPeople.inScope.id, { startDateTime: start })).json()) as Tap;
    expect(created).toMatchObject({ isUsable: false, methodUsabilityReason: 'NotYetValid' });
    harness.emulator.control.setClockOffset(2 * 60 * 60_000 + 60_000);
    expect((await list(demoPeople.inScope.id, await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName)))[0]).toMatchObject({ isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
    harness.emulator.control.setClockOffset(4 * 60 * 60_000);
    expect((await list(demoPeople.inScope.id, await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName)))[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'Expired' });
  });

  it('reports OneTimeUsed once the holder signed in with a one-time pass', async () => {
    await create(demoPeople.inScope.id, { isUsableOnce: true });
    harness.emulator.control.markPassUsed(demoPeople.inScope.userPrincipalName);
    expect((await list(demoPeople.inScope.id))[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' });
  });

  it('reports DisabledByPolicy when the policy is switched off after creation', async () => {
    await create(demoPeople.inScope.id);
    harness.emulator.control.setPolicy({ state: 'disabled' });
    expect((await list(demoPeople.inScope.id))[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'DisabledByPolicy' });
  });
});

describe('deleting a pass', () => {
  it('deletes by id (204) and answers an unknown id with 404', async () => {
    const created = (await (await create(demoPeople.inScope.id)).json()) as Tap;
    const removed = await harness.graph(`${passesPath(demoPeople.inScope.id)}/${created.id}`, { token: tokens.auth, method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect(await list(demoPeople.inScope.id)).toEqual([]);
    const again = await harness.graph(`${passesPath(demoPeople.inScope.id)}/${created.id}`, { token: tokens.auth, method: 'DELETE' });
    expect(again.status).toBe(404);
  });
});

describe('who may do what (403 accessDenied "Request Authorization failed")', () => {
  const denied = { code: 'accessDenied', message: 'Request Authorization failed' };

  it('lets an Authentication Administrator issue for non-admins and Authentication Administrators only', async () => {
    expect((await create(demoPeople.inScope.id, {}, tokens.auth)).status).toBe(201);
    expect((await create(demoPeople.authAdmin.id, {}, tokens.auth)).status).toBe(201);
    for (const target of [demoPeople.globalAdmin, demoPeople.helpdeskAdmin]) {
      const response = await create(target.id, {}, tokens.auth);
      expect(response.status).toBe(403);
      expect(await graphError(response)).toMatchObject(denied);
    }
    const read = await harness.graph(`/users/${demoPeople.globalAdmin.id}/authentication/methods`, { token: tokens.auth });
    expect(read.status).toBe(403);
  });

  it('lets Privileged Authentication and Global Administrators issue for admins', async () => {
    expect((await create(demoPeople.globalAdmin.id, {}, tokens.privAuth)).status).toBe(201);
    expect((await create(demoPeople.helpdeskAdmin.id, {}, tokens.global)).status).toBe(201);
  });

  it('refuses a Helpdesk Administrator, and lets a Global Reader read but not create', async () => {
    const helpdesk = await create(demoPeople.inScope.id, {}, tokens.helpdesk);
    expect(helpdesk.status).toBe(403);
    expect(await graphError(helpdesk)).toMatchObject(denied);
    expect((await harness.graph(passesPath(demoPeople.inScope.id), { token: tokens.helpdesk })).status).toBe(403);

    harness.emulator.control.setUser(demoTechnicians.helpdesk.id, { roleIds: [roleIds.globalReader] });
    expect((await harness.graph(`/users/${demoPeople.globalAdmin.id}/authentication/methods`, { token: tokens.helpdesk })).status).toBe(200);
    expect((await create(demoPeople.inScope.id, {}, tokens.helpdesk)).status).toBe(403);
  });

  it('refuses a pass for yourself, whatever the role', async () => {
    for (const path of [passesPath(demoTechnicians.global.id), '/me/authentication/temporaryAccessPassMethods']) {
      const response = await harness.graph(path, { token: tokens.global, method: 'POST', body: {} });
      expect(response.status).toBe(403);
      expect(await graphError(response)).toMatchObject(denied);
    }
  });

  it('lets anyone read their own methods but not somebody else\'s without a role', async () => {
    const member = await harness.tokenFor(demoPeople.inScope.userPrincipalName);
    expect((await harness.graph('/me/authentication/methods', { token: member })).status).toBe(200);
    const other = await harness.graph(`/users/${demoPeople.withActivePass.id}/authentication/methods`, { token: member });
    expect(other.status).toBe(403);
    expect(await graphError(other)).toMatchObject(denied);
  });

  it('needs a write permission to create', async () => {
    const readOnly = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName, ['User.Read.All']);
    const response = await create(demoPeople.inScope.id, {}, readOnly);
    expect(response.status).toBe(403);
    expect(await graphError(response)).toMatchObject(denied);
  });
});

describe('authentication methods list', () => {
  it('lists every registered method with its @odata.type, the password first, the pass without its code', async () => {
    const response = await harness.graph(`/users/${demoPeople.withActivePass.id}/authentication/methods`, { token: tokens.auth });
    const methods = ((await response.json()) as { value: Array<Record<string, unknown>> }).value;
    expect(methods.map((method) => method['@odata.type'])).toEqual([
      '#microsoft.graph.passwordAuthenticationMethod',
      '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
      '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
    ]);
    expect(methods[2]).toMatchObject({ temporaryAccessPass: null, isUsable: true });
    const lena = await harness.graph(`/users/${demoPeople.inScope.id}/authentication/methods`, { token: tokens.auth });
    const types = ((await lena.json()) as { value: Array<Record<string, unknown>> }).value.map((method) => method['@odata.type']);
    expect(types).toContain('#microsoft.graph.phoneAuthenticationMethod');
  });
});
