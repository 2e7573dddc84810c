import { describe, expect, it } from 'vitest';
import { demoTechnicians, roleIds } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

// https://learn.microsoft.com/graph/api/user-list-transitivememberof: the signed-in user's memberships, here cast to
// directoryRole, which https://learn.microsoft.com/graph/aad-advanced-queries lists as an advanced query.

const harness = useHarness();

const path = '/me/transitiveMemberOf/microsoft.graph.directoryRole';
const advanced = { ConsistencyLevel: 'eventual' };

interface RoleList {
  '@odata.count': number;
  value: Array<Record<string, unknown>>;
}

const roles = async (token: string, query = '?$count=true'): Promise<RoleList> => {
  const response = await harness.graph(`${path}${query}`, { token, headers: advanced });
  expect(response.status).toBe(200);
  return (await response.json()) as RoleList;
};

describe("the signed-in user's directory roles", () => {
  it('lists each role the user holds with its template id, name and description', async () => {
    const list = await roles(await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName));
    expect(list['@odata.count']).toBe(2);
    expect(list.value.map((role) => role['roleTemplateId']).sort()).toEqual([roleIds.privilegedAuthenticationAdministrator, roleIds.globalReader].sort());
    const privileged = list.value.find((role) => role['roleTemplateId'] === roleIds.privilegedAuthenticationAdministrator);
    expect(privileged).toMatchObject({
      '@odata.type': '#microsoft.graph.directoryRole',
      displayName: 'Privileged Authentication Administrator',
      description: 'Can access to view, set and reset authentication method information for any user (admin or non-admin).',
      deletedDateTime: null,
    });
    // The role object is the tenant's own: its id is not the template id.
    expect(privileged?.['id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(privileged?.['id']).not.toBe(roleIds.privilegedAuthenticationAdministrator);
  });

  it('answers an empty list for a user without roles, and the Helpdesk Administrator role for a helpdesk technician', async () => {
    expect((await roles(await harness.tokenFor(demoTechnicians.helpdesk.userPrincipalName))).value.map((role) => role['roleTemplateId'])).toEqual([
      roleIds.helpdeskAdministrator,
    ]);
    harness.emulator.control.setUser(demoTechnicians.helpdesk.id, { roleIds: [] });
    expect(await roles(await harness.tokenFor(demoTechnicians.helpdesk.userPrincipalName))).toMatchObject({ '@odata.count': 0, value: [] });
  });

  it('returns only the properties $select names', async () => {
    const list = await roles(await harness.tokenFor(demoTechnicians.auth.userPrincipalName), '?$count=true&$select=id,roleTemplateId');
    expect(list.value).toEqual([{ '@odata.type': '#microsoft.graph.directoryRole', id: expect.any(String), roleTemplateId: roleIds.authenticationAdministrator }]);
    const unknown = await harness.graph(`${path}?$count=true&$select=nickname`, { token: await harness.tokenFor(demoTechnicians.auth.userPrincipalName), headers: advanced });
    expect(unknown.status).toBe(400);
  });

  it('needs ConsistencyLevel: eventual and $count=true for the cast (400 Request_UnsupportedQuery)', async () => {
    const token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
    const withoutHeader = await harness.graph(`${path}?$count=true`, { token });
    expect(withoutHeader.status).toBe(400);
    expect((await graphError(withoutHeader)).code).toBe('Request_UnsupportedQuery');
    expect((await harness.graph(path, { token, headers: advanced })).status).toBe(400);
  });

  it('serves User.Read, shows a role as its id and type only without a permission that reads directory roles, and refuses a token without either', async () => {
    harness.emulator.control.setConsent(['User.Read', 'User.Read.All', 'RoleManagement.Read.Directory', 'Mail.Send']);
    const limited = await roles(await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['User.Read']));
    expect(limited.value).toEqual([
      { '@odata.type': '#microsoft.graph.directoryRole', id: expect.any(String), deletedDateTime: null, description: null, displayName: null, roleTemplateId: null },
    ]);
    const full = await roles(await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['User.Read', 'RoleManagement.Read.Directory']));
    expect(full.value[0]).toMatchObject({ roleTemplateId: roleIds.authenticationAdministrator, displayName: 'Authentication Administrator' });
    expect(full.value[0]?.['id']).toBe(limited.value[0]?.['id']);
    const denied = await harness.graph(`${path}?$count=true`, { token: await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['Mail.Send']), headers: advanced });
    expect(denied.status).toBe(403);
    expect((await graphError(denied)).code).toBe('Authorization_RequestDenied');
  });
});
