import { beforeEach, describe, expect, it } from 'vitest';
import { findGraphPermission } from '../../../src/emulator/authority/permissions.js';
import { demoConsentedScopes, demoGroups, demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

/** POST /users/{id}/checkMemberGroups (https://learn.microsoft.com/graph/api/directoryobject-checkmembergroups). */

const harness = useHarness();
const policyGroups = [demoGroups.eligible.id, demoGroups.excluded.id];
const unknownGroup = '00000000-0000-4000-8000-000000000001';

const check = (token: string, who: string, body: unknown = { groupIds: policyGroups }) => harness.graph(`/${who}/checkMemberGroups`, { token, method: 'POST', body });

const memberOf = async (token: string, who: string, groupIds = policyGroups): Promise<string[]> => {
  const response = await check(token, who, { groupIds });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { value: string[] }).value;
};

describe('the TAP policy groups answer truthfully', () => {
  let token: string;
  beforeEach(async () => {
    token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
  });

  it('returns from the given ids those the user belongs to, in the Collection(Edm.String) shape', async () => {
    const response = await check(token, `users/${demoPeople.inScope.id}`);
    expect(await response.json()).toEqual({
      '@odata.context': `${harness.emulator.graphBaseUrl}/$metadata#Collection(Edm.String)`,
      value: [demoGroups.eligible.id],
    });
    expect(await memberOf(token, `users/${demoPeople.excluded.userPrincipalName}`)).toEqual([demoGroups.excluded.id]);
    expect(await memberOf(token, `users/${demoPeople.outOfScope.id}`)).toEqual([]);
    expect(await memberOf(token, `users/${demoPeople.inScope.id}`, [unknownGroup, demoGroups.eligible.id.toUpperCase()])).toEqual([demoGroups.eligible.id.toUpperCase()]);
  });

  it('follows the directory as it changes', async () => {
    harness.emulator.control.setUser(demoPeople.inScope.id, { groupIds: policyGroups });
    expect(await memberOf(token, `users/${demoPeople.inScope.id}`)).toEqual(policyGroups);
    harness.emulator.control.setUser(demoPeople.inScope.id, { groupIds: [] });
    expect(await memberOf(token, `users/${demoPeople.inScope.id}`)).toEqual([]);
  });

  it('checks at most 20 groups a request; the page documents no error, the emulator answers 400', async () => {
    const many = Array.from({ length: 21 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    expect(await memberOf(token, `users/${demoPeople.inScope.id}`, [...many.slice(0, 19), demoGroups.eligible.id])).toEqual([demoGroups.eligible.id]);
    for (const body of [{ groupIds: many }, {}, { groupIds: 'nope' }, { groupIds: [42] }]) {
      const refused = await check(token, `users/${demoPeople.inScope.id}`, body);
      expect(refused.status).toBe(400);
      expect((await graphError(refused)).code).toBe('BadRequest');
    }
  });

  it('answers an unknown user with 404 Request_ResourceNotFound', async () => {
    const response = await check(token, 'users/nobody@tapdeskdemo.onmicrosoft.com');
    expect(response.status).toBe(404);
    expect((await graphError(response)).code).toBe('Request_ResourceNotFound');
  });

  it('works as a POST part of $batch (https://learn.microsoft.com/graph/json-batching)', async () => {
    const response = await harness.graph('/$batch', {
      token,
      method: 'POST',
      body: {
        requests: [demoPeople.inScope, demoPeople.excluded, demoPeople.guest].map((person, index) => ({
          id: String(index),
          method: 'POST',
          url: `/users/${person.id}/checkMemberGroups`,
          headers: { 'Content-Type': 'application/json' },
          body: { groupIds: policyGroups },
        })),
      },
    });
    const parts = ((await response.json()) as { responses: Array<{ id: string; status: number; body: { value: string[] } }> }).responses;
    expect(Object.fromEntries(parts.map((part) => [part.id, [part.status, part.body.value]]))).toEqual({
      0: [200, [demoGroups.eligible.id]],
      1: [200, [demoGroups.excluded.id]],
      2: [200, [demoGroups.eligible.id]],
    });
  });
});

describe('permissions (https://learn.microsoft.com/graph/api/directoryobject-checkmembergroups#permissions)', () => {
  beforeEach(() => {
    harness.emulator.control.setConsent(['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All']);
  });

  const tokenWith = (scopes: string[]) => harness.tokenFor(demoTechnicians.auth.userPrincipalName, scopes);

  it.each([
    [['User.ReadBasic.All', 'GroupMember.Read.All']],
    [['User.Read.All', 'GroupMember.Read.All']],
    [['User.ReadBasic.All', 'Group.Read.All']],
    [['User.Read.All', 'Group.Read.All']],
    [['Directory.Read.All']],
  ])('%j may check another user', async (scopes) => {
    expect(await memberOf(await tokenWith(scopes), `users/${demoPeople.inScope.id}`)).toEqual([demoGroups.eligible.id]);
  });

  it.each([[['User.Read.All']], [['GroupMember.Read.All']], [['User.Read', 'GroupMember.Read.All']]])('%j may not: 403 Authorization_RequestDenied', async (scopes) => {
    const response = await check(await tokenWith(scopes), `users/${demoPeople.inScope.id}`);
    expect(response.status).toBe(403);
    expect((await graphError(response)).code).toBe('Authorization_RequestDenied');
  });

  it('User.Read with GroupMember.Read.All checks the signed-in user’s own memberships', async () => {
    expect(await memberOf(await tokenWith(['User.Read', 'GroupMember.Read.All']), 'me')).toEqual([demoGroups.eligible.id]);
    expect(await memberOf(await tokenWith(['User.Read', 'GroupMember.Read.All']), `users/${demoTechnicians.auth.id}`)).toEqual([demoGroups.eligible.id]);
  });

  it('GroupMember.Read.All needs an admin and is admin-consented in the demo tenant (https://learn.microsoft.com/graph/permissions-reference)', async () => {
    expect(findGraphPermission('GroupMember.Read.All')).toMatchObject({ adminConsentRequired: true });
    expect(demoConsentedScopes).toContain('GroupMember.Read.All');
    harness.emulator.control.reset();
    expect(await memberOf(await harness.tokenFor(demoTechnicians.auth.userPrincipalName), `users/${demoPeople.inScope.id}`)).toEqual([demoGroups.eligible.id]);
  });
});
