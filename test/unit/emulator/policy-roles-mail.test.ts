import { describe, expect, it } from 'vitest';
import { demoGroups, demoPeople, demoTechnicians, roleIds } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

const harness = useHarness();

const policyPath = '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';

describe('Temporary Access Pass policy (https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethodconfiguration-get)', () => {
  it('is readable by a Global Reader with Policy.Read.AuthenticationMethod', async () => {
    const response = await harness.graph(policyPath, { token: await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
      id: 'TemporaryAccessPass',
      state: 'enabled',
      defaultLifetimeInMinutes: 60,
      defaultLength: 8,
      minimumLifetimeInMinutes: 60,
      maximumLifetimeInMinutes: 480,
      isUsableOnce: false,
      includeTargets: [{ targetType: 'group', id: demoGroups.eligible.id, isRegistrationRequired: false }],
      excludeTargets: [{ targetType: 'group', id: demoGroups.excluded.id }],
    });
  });

  it('is refused to an Authentication Administrator (403) and without the scope', async () => {
    const asAuthAdmin = await harness.graph(policyPath, { token: await harness.tokenFor(demoTechnicians.auth.userPrincipalName) });
    expect(asAuthAdmin.status).toBe(403);
    expect(await graphError(asAuthAdmin)).toMatchObject({ code: 'accessDenied', message: 'Request Authorization failed' });
    const noScope = await harness.graph(policyPath, { token: await harness.tokenFor(demoTechnicians.global.userPrincipalName, ['User.Read.All']) });
    expect(noScope.status).toBe(403);
  });

  it('reflects control changes', async () => {
    harness.emulator.control.setPolicy({ maximumLifetimeInMinutes: 1440, isUsableOnce: true });
    const policy = (await (await harness.graph(policyPath, { token: await harness.tokenFor(demoTechnicians.global.userPrincipalName) })).json()) as Record<string, unknown>;
    expect(policy).toMatchObject({ maximumLifetimeInMinutes: 1440, isUsableOnce: true });
  });
});

describe('role assignments (https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments)', () => {
  it("lists a principal's assignments with the built-in role template ids", async () => {
    const token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
    const response = await harness.graph(`/roleManagement/directory/roleAssignments?$filter=principalId eq '${demoTechnicians.privAuth.id}'`, { token });
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: Array<Record<string, string>> };
    expect(value.map((assignment) => assignment['roleDefinitionId']).sort()).toEqual(
      ['7be44c8a-adaf-4e2a-84d6-ab2649e08a13', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451'].sort(),
    );
    expect(value[0]).toMatchObject({ principalId: demoTechnicians.privAuth.id, directoryScopeId: '/', id: expect.any(String) });
    const none = (await (await harness.graph(`/roleManagement/directory/roleAssignments?$filter=principalId eq '${demoPeople.inScope.id}'`, { token })).json()) as { value: unknown[] };
    expect(none.value).toEqual([]);
    expect(roleIds.globalAdministrator).toBe('62e90394-69f5-4237-9190-012177145e10');
  });

  it('refuses other $filter forms with 400 and a token without a role-read scope with 403', async () => {
    const token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
    expect((await harness.graph(`/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${roleIds.globalAdministrator}'`, { token })).status).toBe(400);
    const narrow = await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['User.Read.All']);
    const denied = await harness.graph(`/roleManagement/directory/roleAssignments?$filter=principalId eq '${demoPeople.inScope.id}'`, { token: narrow });
    expect(denied.status).toBe(403);
    expect((await graphError(denied)).code).toBe('Authorization_RequestDenied');
  });
});

describe('sendMail (https://learn.microsoft.com/graph/api/user-sendmail)', () => {
  const message = {
    message: {
      subject: 'Your Temporary Access Pass',
      body: { contentType: 'Text', content: 'Hello Lena' },
      toRecipients: [{ emailAddress: { address: demoPeople.inScope.userPrincipalName } }],
    },
    saveToSentItems: false,
  };

  it('accepts mail from the signed-in user (202) and keeps it for the control surface', async () => {
    const token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
    expect((await harness.graph('/me/sendMail', { token, method: 'POST', body: message })).status).toBe(202);
    expect((await harness.graph(`/users/${demoTechnicians.auth.id}/sendMail`, { token, method: 'POST', body: message })).status).toBe(202);
    const sent = harness.emulator.control.sentMail();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ from: demoTechnicians.auth.userPrincipalName, sentBy: demoTechnicians.auth.userPrincipalName, saveToSentItems: false, message: message.message });
  });

  it('refuses sending as someone else without Mail.Send.Shared, without recipients, and without Mail.Send', async () => {
    const token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
    const asOther = await harness.graph(`/users/${demoPeople.inScope.id}/sendMail`, { token, method: 'POST', body: message });
    expect(asOther.status).toBe(403);
    expect((await graphError(asOther)).code).toBe('ErrorAccessDenied');
    const empty = await harness.graph('/me/sendMail', { token, method: 'POST', body: { message: { subject: 'x' } } });
    expect(empty.status).toBe(400);
    expect((await graphError(empty)).code).toBe('ErrorInvalidRecipients');
    const noScope = await harness.graph('/me/sendMail', { token: await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['User.Read']), method: 'POST', body: message });
    expect(noScope.status).toBe(403);
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });
});
