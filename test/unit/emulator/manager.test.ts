import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const lena = demoPeople.inScope;
const manager = demoPeople.managerOfInScope;
const control = (path: string, method: string, body: unknown) =>
  harness.request(`${harness.emulator.controlUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /users/{id}/manager (https://learn.microsoft.com/graph/api/user-list-manager)', () => {
  it("returns Lena Fischer's manager as a directoryObject with the default user properties", async () => {
    for (const id of [lena.id, encodeURIComponent(lena.userPrincipalName)]) {
      const response = await harness.graph(`/users/${id}/manager`, { token });
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body['@odata.context']).toBe(`${harness.emulator.graphBaseUrl}/$metadata#directoryObjects/$entity`);
      expect(body).toMatchObject({
        '@odata.type': '#microsoft.graph.user',
        id: manager.id,
        displayName: 'Claudia Neumann',
        userPrincipalName: manager.userPrincipalName,
        mail: manager.userPrincipalName,
        preferredLanguage: 'de-DE',
      });
      expect(Object.keys(body).sort()).toEqual(
        ['@odata.context', '@odata.type', 'businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName'].sort(),
      );
    }
  });

  it('honours $select like GET /users/{id}, and refuses unknown properties with 400', async () => {
    const selected = (await (await harness.graph(`/users/${lena.id}/manager?$select=displayName,usageLocation,MAIL`, { token })).json()) as Record<string, unknown>;
    expect(selected).toEqual({
      '@odata.context': expect.stringMatching(/\$metadata#directoryObjects\/\$entity$/),
      '@odata.type': '#microsoft.graph.user',
      displayName: 'Claudia Neumann',
      usageLocation: 'DE',
      mail: manager.userPrincipalName,
    });
    const unknown = await harness.graph(`/users/${lena.id}/manager?$select=shoeSize`, { token });
    expect(unknown.status).toBe(400);
    expect((await graphError(unknown)).message).toBe("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
  });

  it("answers a person without a manager with 404 Request_ResourceNotFound naming 'manager' (microsoftgraph/entra-powershell#237)", async () => {
    for (const path of [`/users/${demoPeople.outOfScope.id}/manager`, `/users/${manager.id}/manager`, '/me/manager']) {
      const response = await harness.graph(path, { token });
      expect(response.status).toBe(404);
      expect(await graphError(response)).toMatchObject({
        code: 'Request_ResourceNotFound',
        message: "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
      });
    }
  });

  it('answers an unknown user with 404 naming that user', async () => {
    const response = await harness.graph('/users/00000000-0000-0000-0000-000000000001/manager', { token });
    expect(response.status).toBe(404);
    expect((await graphError(response)).message).toBe("Resource '00000000-0000-0000-0000-000000000001' does not exist or one of its queried reference-property objects are not present.");
  });

  it('serves /me/manager once the control surface gives the caller one', async () => {
    harness.emulator.control.setUser(demoTechnicians.auth.id, { managerId: manager.id });
    const response = await harness.graph('/me/manager?$select=id,displayName', { token });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: manager.id, displayName: 'Claudia Neumann' });
  });

  it('needs User.Read.All or a higher directory permission: User.Read and User.ReadBasic.All get 403 Authorization_RequestDenied', async () => {
    harness.emulator.control.setUser(demoTechnicians.auth.id, { managerId: manager.id });
    const narrow = await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['User.Read']);
    expect((await harness.graph('/me', { token: narrow })).status).toBe(200);
    const own = await harness.graph('/me/manager', { token: narrow });
    expect(own.status).toBe(403);
    expect(await graphError(own)).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    harness.emulator.control.setConsent(['User.ReadBasic.All', 'Directory.Read.All']);
    const basic = await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['User.ReadBasic.All']);
    expect((await harness.graph(`/users/${lena.id}/manager`, { token: basic })).status).toBe(403);
    const directory = await harness.tokenFor(demoTechnicians.auth.userPrincipalName, ['Directory.Read.All']);
    expect((await harness.graph(`/users/${lena.id}/manager`, { token: directory })).status).toBe(200);
  });

  it('can be asked for inside $batch', async () => {
    const response = await harness.graph('/$batch', { token, method: 'POST', body: { requests: [{ id: '1', method: 'GET', url: `/users/${lena.id}/manager?$select=id` }] } });
    const { responses } = (await response.json()) as { responses: Array<{ status: number; body: Record<string, unknown> }> };
    expect(responses[0]).toMatchObject({ status: 200, body: { id: manager.id } });
  });
});

describe('managerId through the control surface', () => {
  it('sets and clears a manager; refuses unknown users, the user themself and malformed ids without changing anything', async () => {
    expect((await control(`/users/${demoPeople.outOfScope.id}`, 'PATCH', { managerId: lena.id })).status).toBe(200);
    expect((await harness.graph(`/users/${demoPeople.outOfScope.id}/manager?$select=id`, { token }).then((response) => response.json()))).toMatchObject({ id: lena.id });
    expect((await control(`/users/${lena.id}`, 'PATCH', { managerId: null })).status).toBe(200);
    expect((await harness.graph(`/users/${lena.id}/manager`, { token })).status).toBe(404);

    const unknown = await control(`/users/${lena.id}`, 'PATCH', { managerId: '00000000-0000-0000-0000-000000000001', jobTitle: 'Changed' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: "managerId: no user with object id '00000000-0000-0000-0000-000000000001' in the demo tenant." });
    expect((await control(`/users/${lena.id}`, 'PATCH', { managerId: lena.id })).status).toBe(400);
    expect((await control(`/users/${lena.id}`, 'PATCH', { managerId: 'claudia' })).status).toBe(400);
    const profile = (await (await harness.graph(`/users/${lena.id}?$select=jobTitle`, { token })).json()) as { jobTitle: string };
    expect(profile.jobTitle).toBe('Payroll Specialist');
  });

  it('comes back with the fixture on reset', async () => {
    harness.emulator.control.setUser(lena.id, { managerId: null });
    harness.emulator.control.reset();
    expect((await harness.graph(`/users/${lena.id}/manager`, { token })).status).toBe(200);
  });
});
