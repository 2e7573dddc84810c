import { beforeAll, describe, expect, it } from 'vitest';
import { demoGroups, demoTechnicians, type CohortMember, type CohortSpecial } from '../../../src/emulator/index.js';
import { useHarness } from './emulator-harness.js';

/**
 * Seeding a cohort of new hires through the control surface; what the directory then answers is Graph's own:
 * https://learn.microsoft.com/graph/api/resources/user#properties (employeeId, employeeHireDate),
 * https://learn.microsoft.com/graph/aad-advanced-queries (finding them by hire date) and the routes tested elsewhere.
 */

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
});

const eventual = { ConsistencyLevel: 'eventual' };
const filter = (expression: string): string => `$filter=${encodeURIComponent(expression)}`;

const json = async <T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: T }> => {
  const response = await harness.graph(path, { token, ...init });
  return { status: response.status, body: (await response.json()) as T };
};

const only = (people: CohortMember[], special: CohortSpecial): CohortMember => {
  const found = people.filter((person) => person.special === special);
  expect(found).toHaveLength(1);
  return found[0] as CohortMember;
};

describe('a cohort of 1,000 by default', () => {
  it('spreads over usage locations, languages, managers and days, each with an employee id of their own', () => {
    const { people } = harness.emulator.control.seedCohort({ hireDate: '2026-12-01' });
    expect(people).toHaveLength(1_000);
    expect(new Set(people.map((person) => person.usageLocation))).toEqual(new Set(['DE', 'FR', 'US', 'GB', 'JP', 'BR']));
    const languages = { DE: 'de-DE', FR: 'fr-FR', US: 'en-US', GB: 'en-GB', JP: 'ja-JP', BR: 'pt-BR' } as const;
    const withLanguage = people.filter((person) => person.preferredLanguage !== null);
    expect(withLanguage.length).toBeGreaterThan(500);
    expect(withLanguage.length).toBeLessThan(1_000);
    expect(withLanguage.every((person) => person.preferredLanguage === languages[person.usageLocation])).toBe(true);
    expect(people.filter((person) => person.managerId !== null).length).toBeGreaterThan(800);
    expect(new Set(people.map((person) => person.employeeId)).size).toBe(1_000);
    expect(new Set(people.map((person) => person.userPrincipalName.toLowerCase())).size).toBe(1_000);
    expect([...new Set(people.map((person) => person.employeeHireDate))].sort()).toEqual(['01', '02', '03', '04', '05'].map((day) => `2026-12-${day}T00:00:00Z`));
    const counts = Object.fromEntries(['guest', 'disabled', 'privileged', 'excluded', 'holdsPass', null].map((special) => [String(special), people.filter((person) => person.special === special).length]));
    expect(counts).toEqual({ guest: 10, disabled: 20, privileged: 10, excluded: 10, holdsPass: 20, null: 930 });
  });

  it('is the same people for the same seed, others for another, and gone after a reset', () => {
    const { control } = harness.emulator;
    const first = control.seedCohort({ count: 50, hireDate: '2026-12-01', seed: 9 }).people;
    control.reset();
    expect(control.seedCohort({ count: 50, hireDate: '2026-12-01', seed: 9 }).people).toEqual(first);
    control.reset();
    expect(control.seedCohort({ count: 50, hireDate: '2026-12-01', seed: 10 }).people.map((person) => person.id)).not.toEqual(first.map((person) => person.id));
    control.reset();
    expect(() => control.passOf(first[0]?.id ?? '')).toThrow(/No user/);
  });

  it('seeded again, takes other names and employee ids', () => {
    const { control } = harness.emulator;
    const people = [...control.seedCohort({ count: 60, hireDate: '2026-12-01' }).people, ...control.seedCohort({ count: 60, hireDate: '2026-12-01' }).people];
    expect(new Set(people.map((person) => person.userPrincipalName)).size).toBe(120);
    expect(new Set(people.map((person) => person.employeeId)).size).toBe(120);
  });
});

describe('what is special about each person is what Graph answers', () => {
  const specials = { guest: 1, disabled: 1, privileged: 1, excluded: 1, holdsPass: 1 };

  it('guest: an invited external guest, refused a pass (https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass)', async () => {
    const guest = only(harness.emulator.control.seedCohort({ count: 8, hireDate: '2026-12-01', specials }).people, 'guest');
    expect(guest.userPrincipalName).toMatch(/#EXT#@tapdeskdemo\.onmicrosoft\.com$/);
    const { body } = await json<Record<string, unknown>>(`/users/${guest.id}?$select=userType,creationType,mail,employeeId`);
    expect(body).toMatchObject({ userType: 'Guest', creationType: 'Invitation', mail: guest.mail, employeeId: guest.employeeId });
    const refused = await json<{ error: { message: string } }>(`/users/${guest.id}/authentication/temporaryAccessPassMethods`, { method: 'POST', body: {} });
    expect(refused).toMatchObject({ status: 400, body: { error: { message: 'Temporary Access Pass cannot be added to an external guest user.' } } });
  });

  it('disabled, privileged (an active role assignment), excluded (the policy’s excluded group) and holding a pass', async () => {
    const { people } = harness.emulator.control.seedCohort({ count: 8, hireDate: '2026-12-01', specials });
    expect((await json<{ accountEnabled: boolean }>(`/users/${only(people, 'disabled').id}?$select=accountEnabled`)).body.accountEnabled).toBe(false);
    const roles = await json<{ value: unknown[] }>(`/roleManagement/directory/roleAssignments?${filter(`principalId eq '${only(people, 'privileged').id}'`)}`);
    expect(roles.body.value).toHaveLength(1);
    const groups = await json<{ value: string[] }>(`/users/${only(people, 'excluded').id}/checkMemberGroups`, { method: 'POST', body: { groupIds: [demoGroups.eligible.id, demoGroups.excluded.id] } });
    expect(groups.body.value).toEqual([demoGroups.eligible.id, demoGroups.excluded.id]);
    const passes = await json<{ value: Array<{ isUsable: boolean }> }>(`/users/${only(people, 'holdsPass').id}/authentication/temporaryAccessPassMethods`);
    expect(passes.body.value).toMatchObject([{ isUsable: true }]);
  });

  it('an ordinary new hire is in the eligible group, has a manager with a mailbox, and may get a pass', async () => {
    const ordinary = harness.emulator.control.seedCohort({ count: 8, hireDate: '2026-12-01', specials }).people.filter((person) => person.special === null && person.managerId !== null);
    const person = ordinary[0] as CohortMember;
    expect((await json<{ value: string[] }>(`/users/${person.id}/checkMemberGroups`, { method: 'POST', body: { groupIds: [demoGroups.eligible.id, demoGroups.excluded.id] } })).body.value).toEqual([demoGroups.eligible.id]);
    expect((await json<{ id: string; mail: string }>(`/users/${person.id}/manager?$select=id,mail`)).body).toMatchObject({ id: person.managerId, mail: expect.stringContaining('@') });
    expect((await json(`/users/${person.id}/authentication/temporaryAccessPassMethods`, { method: 'POST', body: {} })).status).toBe(201);
  });

  it('specials may be counted exactly, but not beyond the cohort', () => {
    const { control } = harness.emulator;
    expect(control.seedCohort({ count: 5, hireDate: '2026-12-01', specials: { guest: 5 } }).people.every((person) => person.special === 'guest')).toBe(true);
    expect(control.seedCohort({ count: 10, hireDate: '2026-12-01' }).people.every((person) => person.special === null)).toBe(true);
    expect(() => control.seedCohort({ count: 3, hireDate: '2026-12-01', specials: { guest: 2, disabled: 2 } })).toThrow(/more special people/);
  });
});

describe('found by HR data through Graph', () => {
  it('the first week of 1,500 hires over ten days, with $top=999 and @odata.nextLink', async () => {
    const { people } = harness.emulator.control.seedCohort({ count: 1_500, hireDate: '2026-12-01', days: 10 });
    const expected = people.filter((person) => person.employeeHireDate <= '2026-12-07T23:59:59Z').map((person) => person.id);
    expect(expected).toHaveLength(1_050);
    const range = filter('employeeHireDate ge 2026-12-01T00:00:00Z and employeeHireDate le 2026-12-07T23:59:59Z');
    const first = await json<{ value: Array<{ id: string }>; '@odata.count': number; '@odata.nextLink': string }>(`/users?${range}&$select=id,employeeHireDate&$top=999&$count=true`, { headers: eventual });
    expect(first.body.value).toHaveLength(999);
    expect(first.body['@odata.count']).toBe(expected.length);
    const next = await harness.request(first.body['@odata.nextLink'], { headers: { authorization: `Bearer ${token}`, ...eventual } });
    const rest = ((await next.json()) as { value: Array<{ id: string }> }).value;
    expect([...first.body.value, ...rest].map((user) => user.id).sort()).toEqual(expected.sort());
  });

  it('by employeeId and by mail, a guest by their own address', async () => {
    const { people } = harness.emulator.control.seedCohort({ count: 30, hireDate: '2026-12-01' });
    const [member] = people;
    const guest = only(people, 'guest');
    expect((await json<{ value: Array<{ id: string }> }>(`/users?${filter(`employeeId eq '${member?.employeeId ?? ''}'`)}&$select=id`)).body.value).toEqual([{ id: member?.id }]);
    expect((await json<{ value: Array<{ id: string }> }>(`/users?${filter(`mail eq '${guest.mail}'`)}&$select=id`)).body.value).toEqual([{ id: guest.id }]);
  });
});

describe('the list as CSV and the HTTP face', () => {
  it('one line per person under a header the column mapping knows, CRLF, quoted only where needed', () => {
    const { people, csv } = harness.emulator.control.seedCohort({ count: 300, hireDate: '2026-12-01' });
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('userPrincipalName,mail,employeeId,displayName,employeeHireDate,preferredLanguage');
    expect(lines.slice(1, -1)).toHaveLength(300);
    const first = people[0] as CohortMember;
    expect(lines[1]).toBe([first.userPrincipalName, first.mail, first.employeeId, first.displayName, first.employeeHireDate.slice(0, 10), first.preferredLanguage ?? ''].join(','));
  });

  it('POST /_emulator/cohort answers 201 with the people and the CSV, and refuses what it cannot seed', async () => {
    const post = (body: unknown) =>
      harness.request(`${harness.emulator.controlUrl}/cohort`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const created = await post({ count: 25, hireDate: '2026-12-01', days: 2, seed: 3 });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { people: CohortMember[]; csv: string };
    expect(body.people).toHaveLength(25);
    expect(body.csv.split('\r\n')).toHaveLength(27);
    for (const refused of [{ hireDate: '2026-12-01', count: 2_001 }, { hireDate: '01.12.2026' }, { count: 5 }, { hireDate: '2026-12-01', count: 5, specials: { guest: 6 } }, { hireDate: '2026-12-01', colour: 'red' }]) {
      expect((await post(refused)).status).toBe(400);
    }
  });
});
