import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../../src/emulator';
import { deskServices } from '../../../support/desk-services';
import { useEmulator } from '../../../support/use-emulator';

const emulator = useEmulator();

const grants = () => emulator.control.requestLog().filter((entry) => entry.path.endsWith('/oauth2/v2.0/token'));

describe('sign-in against the emulator authority', () => {
  it('signs in interactively through the loopback redirect and makes that account active', async () => {
    const desk = await deskServices(emulator);
    const account = await desk.signIn(demoTechnicians.auth);
    expect(account).toMatchObject({ profileId: 'demo', username: demoTechnicians.auth.userPrincipalName, name: demoTechnicians.auth.displayName, tenantId: emulator.tenantId });
    const session = await desk.value('session:get');
    expect(session.active).toEqual(account);
    expect(session.demo).toBe(true);
    expect(desk.platform.front.count).toBe(1);
  });

  it('reports a wrong password on the sign-in page and lets the technician cancel the wait', async () => {
    const desk = await deskServices(emulator);
    const outcome = desk.credentials(demoTechnicians.auth.userPrincipalName, 'wrong password');
    const pending = desk.call('auth:sign-in', { profileId: 'demo' });
    await expect.poll(() => outcome.errorPage).toMatch(/AADSTS50126/);
    expect(await desk.value('auth:cancel-sign-in')).toBe(true);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'sign_in_cancelled' } });
    expect((await desk.value('session:get')).active).toBeNull();
    // The browser never answered: nothing to come back for.
    expect(desk.platform.front.count).toBe(0);
  });

  it('gets later tokens silently and asks for new permissions with the refresh token, not the browser', async () => {
    const desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.privAuth);
    const ref = { profileId: 'demo', homeAccountId: (await desk.value('session:get')).active!.homeAccountId };
    const before = grants().length;
    await desk.auth.accessToken(ref, ['User.Read.All', 'UserAuthMethod-TAP.ReadWrite.All']);
    expect(grants()).toHaveLength(before);
    const policyToken = await desk.auth.accessToken(ref, ['Policy.Read.AuthenticationMethod']);
    expect(JSON.parse(Buffer.from(policyToken.split('.')[1]!, 'base64url').toString()).scp).toContain('Policy.Read.AuthenticationMethod');
    expect(grants()).toHaveLength(before + 1);
  });

  it('says consent is missing when the tenant never granted a permission', async () => {
    const desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.privAuth);
    emulator.control.setConsent(['User.Read', 'User.Read.All', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All']);
    const ref = { profileId: 'demo', homeAccountId: (await desk.value('session:get')).active!.homeAccountId };
    await expect(desk.auth.accessToken(ref, ['Mail.Send'])).rejects.toMatchObject({ error: { code: 'consent_required' } });
  });

  it('keeps several accounts, switches between them and signs one out', async () => {
    const desk = await deskServices(emulator);
    const first = await desk.signIn(demoTechnicians.auth);
    const second = await desk.signIn(demoTechnicians.global);
    expect((await desk.value('session:get')).accounts.map((account) => account.username).sort()).toEqual(
      [demoTechnicians.auth.userPrincipalName, demoTechnicians.global.userPrincipalName].sort(),
    );
    expect(await desk.value('auth:switch', { profileId: 'demo', homeAccountId: first.homeAccountId })).toEqual(first);
    const after = await desk.value('auth:sign-out', { profileId: 'demo', homeAccountId: first.homeAccountId });
    expect(after.accounts).toEqual([second]);
    expect(after.active).toEqual(second);
  });

  it('keeps the token cache encrypted at rest and readable by the next start', async () => {
    const desk = await deskServices(emulator);
    const account = await desk.signIn(demoTechnicians.auth);
    const files = await readdir(desk.cacheDir);
    expect(files).toEqual(['msal-demo.bin']);
    const onDisk = await readFile(join(desk.cacheDir, files[0]!));
    expect(onDisk.includes(Buffer.from('RefreshToken'))).toBe(false);
    expect(onDisk.includes(Buffer.from(demoTechnicians.auth.userPrincipalName))).toBe(false);
    const restarted = await deskServices(emulator, { cacheDir: desk.cacheDir, cipher: desk.cipher });
    expect((await restarted.value('session:get')).accounts).toEqual([account]);
  });

  it('removes a profile together with its cached tokens', async () => {
    const desk = await deskServices(emulator);
    await desk.signIn(demoTechnicians.auth);
    const session = await desk.value('profiles:remove', { profileId: 'demo' });
    expect(session).toMatchObject({ profiles: [], accounts: [], active: null });
    expect(await readdir(desk.cacheDir)).toEqual([]);
  });
});
