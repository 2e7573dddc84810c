import { describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../../src/emulator';
import { DeskRoles, readOwnDirectoryRoles } from '../../../../src/main/accounts/desk-roles';
import { connectGraph } from '../../../../src/main/graph/graph-client';
import { CallLimits } from '../../../../src/main/net/call-limits';
import { deskCapabilityOf, roleIds } from '../../../../src/shared';
import { deskServices } from '../../../support/desk-services';
import { useEmulator } from '../../../support/use-emulator';

const emulator = useEmulator();

const roleReads = () => emulator.control.requestLog().filter((entry) => entry.path.includes('/transitiveMemberOf/'));

describe("what the technician's roles allow, in the session", () => {
  it.each([
    [demoTechnicians.auth, { role: 'authentication', canReadPolicy: false, canIssueForUsers: true, canIssueForAdmins: false }],
    [demoTechnicians.privAuth, { role: 'privileged', canReadPolicy: true, canIssueForUsers: true, canIssueForAdmins: true }],
    [demoTechnicians.global, { role: 'privileged', canReadPolicy: true, canIssueForUsers: true, canIssueForAdmins: true }],
    [demoTechnicians.helpdesk, { role: 'helpdesk', canReadPolicy: false, canIssueForUsers: false, canIssueForAdmins: false }],
  ])('is read from Graph for $0.userPrincipalName', async (technician, desk) => {
    const app = await deskServices(emulator);
    await app.signIn(technician);
    expect((await app.value('session:get')).desk).toEqual(desk);
  });

  it('is read once per account session, and again after the account signed out and in', async () => {
    const app = await deskServices(emulator);
    const account = await app.signIn(demoTechnicians.auth);
    await app.value('session:get');
    await app.value('session:get');
    expect(roleReads()).toHaveLength(1);
    expect(roleReads()[0]?.status).toBe(200);

    emulator.control.setUser(demoTechnicians.auth.id, { roleIds: [roleIds.helpdeskAdministrator] });
    expect((await app.value('session:get')).desk?.role).toBe('authentication');
    const after = await app.value('auth:sign-out', { profileId: account.profileId, homeAccountId: account.homeAccountId });
    expect(after.desk).toBeUndefined();
    await app.signIn(demoTechnicians.auth);
    expect((await app.value('session:get')).desk?.role).toBe('helpdesk');
    expect(roleReads()).toHaveLength(2);
  });

  it('is unknown without consent to read roles, and not asked for again in that session', async () => {
    const app = await deskServices(emulator);
    await app.signIn(demoTechnicians.auth);
    emulator.control.setConsent(['User.Read', 'User.Read.All', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All']);
    const grants = () => emulator.control.requestLog().filter((entry) => entry.path.endsWith('/oauth2/v2.0/token')).length;
    expect((await app.value('session:get')).desk).toEqual(deskCapabilityOf(null));
    const asked = grants();
    expect((await app.value('session:get')).desk?.role).toBe('unknown');
    expect(grants()).toBe(asked);
    expect(roleReads()).toEqual([]);
  });

  it('asks again after a failure that may pass', async () => {
    const app = await deskServices(emulator);
    await app.signIn(demoTechnicians.helpdesk);
    emulator.control.addFault({ pathPattern: '/transitiveMemberOf/', drop: true, times: 1 });
    expect((await app.value('session:get')).desk?.role).toBe('unknown');
    expect((await app.value('session:get')).desk?.role).toBe('helpdesk');
  });
});

describe('readOwnDirectoryRoles', () => {
  const graphFor = (scopes: string[]) =>
    connectGraph(
      emulator.graphHost,
      emulator.caCertPem,
      async () => (await emulator.control.issueToken({ username: demoTechnicians.privAuth.userPrincipalName, scopes })).access_token,
      new CallLimits(),
    );

  it('reads the role template ids with a permission that reads directory roles', async () => {
    expect((await readOwnDirectoryRoles(graphFor(['User.Read.All', 'RoleManagement.Read.Directory'])))?.sort()).toEqual(
      [roleIds.privilegedAuthenticationAdministrator, roleIds.globalReader].sort(),
    );
  });

  it('answers null when Graph shows the roles by id only, or refuses them', async () => {
    expect(await readOwnDirectoryRoles(graphFor(['User.Read.All']))).toBeNull();
    expect(await readOwnDirectoryRoles(graphFor(['Mail.Send']))).toBeNull();
  });
});

describe('DeskRoles', () => {
  const ref = { profileId: 'contoso', homeAccountId: 'tess' };

  it('answers unknown when the roles take too long, and keeps the answer that comes later', async () => {
    let answer: (roles: string[]) => void = () => undefined;
    const read = () => new Promise<string[] | null>((resolve) => (answer = resolve));
    const desks = new DeskRoles(read, 10);
    expect(await desks.of(ref)).toEqual(deskCapabilityOf(null));
    answer([roleIds.authenticationAdministrator]);
    expect((await desks.of(ref)).role).toBe('authentication');
  });

  it('forgets an account, and every account of a profile', async () => {
    let reads = 0;
    const desks = new DeskRoles(async () => {
      reads += 1;
      return [];
    });
    await desks.of(ref);
    await desks.of(ref);
    expect(reads).toBe(1);
    desks.forget(ref);
    await desks.of(ref);
    desks.forgetProfile('contoso');
    expect((await desks.of(ref)).role).toBe('none');
    expect(reads).toBe(3);
  });
});
