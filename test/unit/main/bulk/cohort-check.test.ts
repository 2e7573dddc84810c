import { describe, expect, it } from 'vitest';
import { demoConsentedScopes, demoGroups, demoPeople, demoTechnicians } from '../../../../src/emulator';
import { AppFailure } from '../../../../src/main/app-failure';
import { checkCohort, type CheckDeps } from '../../../../src/main/bulk/cohort-check';
import type { GraphApi } from '../../../../src/main/graph/graph-api';
import { roleIds, type CohortKeyKind, type CohortRow, type CohortRowOptions } from '../../../../src/shared';
import { useEmulator } from '../../../support/use-emulator';
import { signedInApi } from './signed-in-api';

const emulator = useEmulator();

const domain = 'tapdeskdemo.onmicrosoft.com';
const row = (line: number, keyKind: CohortKeyKind, key: string, options: CohortRowOptions = {}): CohortRow => ({ line, keyKind, key, ...options });
const byUpn = (line: number, person: { userPrincipalName: string }) => row(line, 'userPrincipalName', person.userPrincipalName);

const privAuthRoles = [roleIds.privilegedAuthenticationAdministrator, roleIds.globalReader];

const depsFor = (api: GraphApi, technician: { id: string }, technicianRoleIds: string[] | null, more: Partial<CheckDeps> = {}): CheckDeps => ({
  api,
  technicianId: technician.id,
  technicianRoleIds,
  languageFor: (person, chosen) => chosen ?? person.preferredLanguage ?? 'en',
  onProgress: () => undefined,
  now: Date.now,
  ...more,
});

const asPrivAuth = (more: Partial<CheckDeps> = {}) =>
  depsFor(signedInApi(emulator, demoTechnicians.privAuth.userPrincipalName), demoTechnicians.privAuth, privAuthRoles, more);

const batches = () => emulator.control.requestLog().filter((entry) => entry.method === 'POST' && entry.path.endsWith('/$batch')).length;

const findings = (rows: { line: number; finding: string }[]) => Object.fromEntries(rows.map((checked) => [checked.line, checked.finding]));

const dayAhead = (days: number) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`;

describe('checking a cohort through $batch against the emulator', () => {
  it('finds every finding, keyed by sign-in name, id, mail and employee id', async () => {
    const hireDate = dayAhead(10);
    const { control } = emulator;
    control.setUser(demoPeople.inScope.id, { employeeHireDate: hireDate, mail: `lena.fischer+new@${domain}` });
    control.setUser(demoPeople.globalAdmin.id, { employeeId: 'E-ADMIN-1' });
    control.setUser(demoPeople.disabled.id, { mail: `pierre.o'lefevre@${domain}` });
    control.setUser(demoPeople.managerOfInScope.id, { mail: `shared.start@${domain}` });
    control.setUser(demoPeople.authAdmin.id, { mail: `shared.start@${domain}` });
    // Included through one group and excluded through another: the exclusion wins.
    control.setUser(demoPeople.excluded.id, { groupIds: [demoGroups.eligible.id, demoGroups.excluded.id] });
    const rows = [
      row(2, 'userPrincipalName', demoPeople.inScope.userPrincipalName, { language: 'fr', lifetimeInMinutes: 120 }),
      row(3, 'id', demoPeople.withActivePass.id),
      row(4, 'mail', `pierre.o'lefevre@${domain}`),
      row(5, 'employeeId', 'E-ADMIN-1'),
      byUpn(6, demoPeople.guest),
      byUpn(7, demoPeople.outOfScope),
      byUpn(8, demoPeople.excluded),
      byUpn(9, demoTechnicians.privAuth),
      row(10, 'mail', `LENA.FISCHER+new@${domain}`),
      row(11, 'userPrincipalName', `nobody@${domain}`),
      row(12, 'mail', `shared.start@${domain}`),
      row(13, 'id', '00000000-0000-4000-8000-000000000000'),
      row(14, 'employeeId', 'E-NONE'),
      byUpn(15, demoPeople.helpdeskAdmin),
    ];
    const checked = await checkCohort(asPrivAuth(), rows);

    expect(findings(checked.rows)).toEqual({
      2: 'ready',
      3: 'has_pass',
      4: 'disabled',
      5: 'privileged',
      6: 'guest',
      7: 'outside_policy',
      8: 'outside_policy',
      9: 'self',
      10: 'duplicate',
      11: 'not_found',
      12: 'ambiguous',
      13: 'not_found',
      14: 'not_found',
      15: 'privileged',
    });
    const [lena, hiroshi] = checked.rows;
    expect(lena).toMatchObject({
      key: demoPeople.inScope.userPrincipalName,
      keyKind: 'userPrincipalName',
      options: { language: 'fr', lifetimeInMinutes: 120 },
      person: { id: demoPeople.inScope.id, employeeHireDate: hireDate, preferredLanguage: 'de-DE' },
      language: 'fr',
      error: null,
    });
    expect(hiroshi).toMatchObject({ existingPass: { id: control.passOf(demoPeople.withActivePass.id)?.['id'] }, language: 'ja-JP' });
    expect(checked.rows.find((checkedRow) => checkedRow.line === 10)?.duplicateOf).toBe(2);
    expect(checked.rows.find((checkedRow) => checkedRow.line === 12)?.candidates).toBe(2);
    expect(checked.rows.find((checkedRow) => checkedRow.line === 11)).toMatchObject({ person: null, language: 'en' });
    expect(checked).toMatchObject({ policy: { state: 'enabled' }, policyScopeChecked: true });

    const lenaMethods = (await asPrivAuth().api.methods(demoPeople.inScope.id)).filter((method) => method.type !== 'temporaryAccessPassAuthenticationMethod');
    expect(checked.people.get(2)).toEqual({ user: expect.objectContaining({ id: demoPeople.inScope.id }), methodIds: lenaMethods.map((method) => method.id) });
    expect(lenaMethods.length).toBeGreaterThan(0);
    expect(checked.people.has(11)).toBe(false);
  });

  it('finds insufficient_role where Graph hides the methods, or the technician may read but not issue for an admin', async () => {
    const hidden = await checkCohort(depsFor(signedInApi(emulator, demoTechnicians.auth.userPrincipalName), demoTechnicians.auth, [roleIds.authenticationAdministrator]), [
      byUpn(2, demoPeople.globalAdmin),
      byUpn(3, demoPeople.outOfScope),
    ]);
    expect(hidden.rows[0]).toMatchObject({ finding: 'insufficient_role', error: { code: 'insufficient_role', requestId: expect.any(String) } });
    // An Authentication Administrator may not read the policy: nobody is found outside it, the service judges at issue time.
    expect(hidden).toMatchObject({ policy: null, policyScopeChecked: false });
    expect(hidden.rows[1]?.finding).toBe('ready');

    const readers = [roleIds.authenticationAdministrator, roleIds.globalReader];
    emulator.control.setUser(demoTechnicians.auth.id, { roleIds: readers });
    const seen = await checkCohort(depsFor(signedInApi(emulator, demoTechnicians.auth.userPrincipalName), demoTechnicians.auth, readers), [
      byUpn(2, demoPeople.globalAdmin),
      byUpn(3, demoPeople.helpdeskAdmin),
      byUpn(4, demoPeople.inScope),
    ]);
    expect(findings(seen.rows)).toEqual({ 2: 'insufficient_role', 3: 'insufficient_role', 4: 'ready' });
  });

  it('without consent to group memberships, checks nobody against the policy; without role consent, finds no admins', async () => {
    const rows = [byUpn(2, demoPeople.outOfScope), byUpn(3, demoPeople.globalAdmin)];
    emulator.control.setConsent(demoConsentedScopes.filter((scope) => scope !== 'GroupMember.Read.All'));
    const noGroups = await checkCohort(asPrivAuth(), rows);
    expect(noGroups.policyScopeChecked).toBe(false);
    expect(findings(noGroups.rows)).toEqual({ 2: 'ready', 3: 'privileged' });

    emulator.control.setConsent(demoConsentedScopes.filter((scope) => scope !== 'GroupMember.Read.All' && scope !== 'RoleManagement.Read.Directory'));
    expect(findings((await checkCohort(asPrivAuth(), rows)).rows)).toEqual({ 2: 'ready', 3: 'ready' });
  });

  it('makes every person outside_policy when the policy is off, without reading them', async () => {
    emulator.control.setPolicy({ state: 'disabled' });
    const checked = await checkCohort(asPrivAuth(), [byUpn(2, demoPeople.inScope), byUpn(3, demoPeople.withActivePass), row(4, 'userPrincipalName', `nobody@${domain}`)]);
    expect(findings(checked.rows)).toEqual({ 2: 'outside_policy', 3: 'outside_policy', 4: 'not_found' });
    expect(checked).toMatchObject({ policy: { state: 'disabled' }, policyScopeChecked: true });
    expect(batches()).toBe(1);
  });

  it('sends a part Graph throttled again after its Retry-After (https://learn.microsoft.com/graph/throttling) and uses its answer', async () => {
    emulator.control.addFault({ pathPattern: `/users/${demoPeople.inScope.id}/authentication/methods$`, status: 429, retryAfterSeconds: 0, times: 1 });
    const checked = await checkCohort(asPrivAuth(), [byUpn(2, demoPeople.inScope), byUpn(3, demoPeople.withActivePass)]);
    expect(findings(checked.rows)).toEqual({ 2: 'ready', 3: 'has_pass' });
    expect(checked.people.get(2)?.methodIds).not.toBeNull();
    expect(batches()).toBe(3);
  });

  it('marks a row unchecked, with the error, when a part of its reads keeps failing', async () => {
    emulator.control.addFault({ pathPattern: `/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods$`, status: 503, retryAfterSeconds: 0 });
    emulator.control.addFault({ method: 'GET', pathPattern: '^/v1.0/users$', status: 500 });
    const checked = await checkCohort(asPrivAuth(), [byUpn(2, demoPeople.inScope), byUpn(3, demoPeople.withActivePass), row(4, 'mail', demoPeople.outOfScope.userPrincipalName)]);
    expect(findings(checked.rows)).toEqual({ 2: 'unchecked', 3: 'has_pass', 4: 'unchecked' });
    expect(checked.rows[0]?.error).toEqual({ code: 'service_unavailable', requestId: expect.any(String) });
    expect(checked.rows[2]).toMatchObject({ person: null, error: { code: 'service_unavailable' } });
  });

  it('checks 250 people in as few $batch round trips as batching allows, telling progress as rows complete', async () => {
    const seeded = emulator.control.seedPeople({ count: 250, surname: 'Cohort' });
    const told: [number, number][] = [];
    const checked = await checkCohort(
      asPrivAuth({ onProgress: (done, total) => told.push([done, total]) }),
      seeded.map((person, index) => byUpn(index + 2, person)),
    );
    expect(new Set(checked.rows.map((checkedRow) => checkedRow.finding))).toEqual(new Set(['ready']));
    // Round one: one lookup per row; round two: pass, methods, roles and one group check per person.
    expect(batches()).toBeLessThanOrEqual(Math.ceil(250 / 20) + Math.ceil((250 * 4) / 20));
    expect(told.at(-1)).toEqual([250, 250]);
    expect(told.length).toBeGreaterThan(2);
    expect(told.every(([done], index) => index === 0 || done > told[index - 1]![0])).toBe(true);
  });

  it('stops with cancelled when the signal aborts, before or during the check', async () => {
    const stopped = new AbortController();
    stopped.abort();
    await expect(checkCohort(asPrivAuth(), [byUpn(2, demoPeople.inScope)], stopped.signal)).rejects.toMatchObject({ error: { code: 'cancelled' } });
    expect(batches()).toBe(0);

    const seeded = emulator.control.seedPeople({ count: 200, surname: 'Stopped' });
    const during = new AbortController();
    const told: number[] = [];
    const check = checkCohort(
      asPrivAuth({ onProgress: (done) => (told.push(done), during.abort()) }),
      seeded.map((person, index) => byUpn(index + 2, person)),
      during.signal,
    );
    await expect(check).rejects.toBeInstanceOf(AppFailure);
    await expect(check).rejects.toMatchObject({ error: { code: 'cancelled' } });
    expect(told).toHaveLength(1);
    expect(batches()).toBeLessThan(Math.ceil(200 / 20));
  });
});
