import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians, roleIds, type RoleName } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

const emulatorRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/emulator');

const sourceFiles = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );

describe('the emulator decides by its own rules', () => {
  it('imports nothing from the app (src/shared, src/main, src/renderer), only its own modules and packages', () => {
    const escapes = sourceFiles(emulatorRoot).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)]
        .map(([, specifier = '']) => resolve(dirname(file), specifier))
        .filter((target) => relative(emulatorRoot, target).startsWith('..'))
        .map((target) => `${relative(emulatorRoot, file)} → ${relative(emulatorRoot, target)}`),
    );
    expect(escapes).toEqual([]);
  });
});

const harness = useHarness();
let auth: string;
beforeAll(async () => {
  auth = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const issue = (userId: string, token = auth) =>
  harness.graph(`/users/${userId}/authentication/temporaryAccessPassMethods`, { token, method: 'POST', body: {} });

// The "Auth Admin" column of "Who can perform sensitive actions" and "Who can reset passwords":
// https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions#who-can-perform-sensitive-actions
// (role template ids: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference)
describe('whom an Authentication Administrator may issue a pass for', () => {
  const withRole = async (role: RoleName): Promise<number> => {
    harness.emulator.control.reset();
    harness.emulator.control.setUser(demoPeople.inScope.id, { roleIds: [roleIds[role]] });
    return (await issue(demoPeople.inScope.id)).status;
  };

  it('the roles in the Auth Admin column', async () => {
    for (const role of ['authenticationAdministrator', 'directoryReaders', 'guestInviter', 'messageCenterReader', 'passwordAdministrator', 'reportsReader', 'usageSummaryReportsReader', 'userExperienceSuccessManager'] as const) {
      expect({ role, status: await withRole(role) }).toEqual({ role, status: 201 });
    }
  });

  it('not the roles outside it, which need a Privileged Authentication Administrator', async () => {
    for (const role of ['helpdeskAdministrator', 'userAdministrator', 'privilegedRoleAdministrator', 'privilegedAuthenticationAdministrator', 'globalAdministrator', 'securityReader', 'applicationAdministrator'] as const) {
      expect({ role, status: await withRole(role) }).toEqual({ role, status: 403 });
    }
    const privileged = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
    expect((await issue(demoPeople.inScope.id, privileged)).status).toBe(201);
  });
});

// "You can add a TAP as a sign-in method to an internal guest, but not other types of guests":
// https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass#guest-access
describe('guests and the Temporary Access Pass', () => {
  it('refuses the invited (external) guest, whose identity is ExternalAzureAD', async () => {
    const guest = await harness.graph(`/users/${demoPeople.guest.id}?$select=userType,creationType,identities`, { token: auth });
    expect(await guest.json()).toMatchObject({ userType: 'Guest', creationType: 'Invitation', identities: [{ signInType: 'federated', issuer: 'ExternalAzureAD', issuerAssignedId: null }] });
    const refused = await issue(demoPeople.guest.id);
    expect(refused.status).toBe(400);
    expect(await graphError(refused)).toMatchObject({ code: 'badRequest', message: 'Temporary Access Pass cannot be added to an external guest user.' });
  });

  it('issues for an internal guest: userType Guest, signing in with an account of this tenant', async () => {
    harness.emulator.control.setUser(demoPeople.inScope.id, { userType: 'Guest' });
    const internal = await harness.graph(`/users/${demoPeople.inScope.id}?$select=userType,identities`, { token: auth });
    expect(await internal.json()).toMatchObject({
      userType: 'Guest',
      identities: [{ signInType: 'userPrincipalName', issuer: 'tapdeskdemo.onmicrosoft.com', issuerAssignedId: demoPeople.inScope.userPrincipalName }],
    });
    expect((await issue(demoPeople.inScope.id)).status).toBe(201);
  });
});
