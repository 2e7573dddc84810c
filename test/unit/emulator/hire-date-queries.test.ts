import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

/**
 * Finding people by HR data: `employeeHireDate` (eq, in, ge, le only as an advanced query) and `employeeId` (eq by
 * default), from the user table of https://learn.microsoft.com/graph/aad-advanced-queries and the property notes of
 * https://learn.microsoft.com/graph/api/resources/user#properties.
 */

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const eventual = { ConsistencyLevel: 'eventual' };
const filter = (expression: string): string => `$filter=${encodeURIComponent(expression)}`;
const firstWeek = 'employeeHireDate ge 2026-12-01T00:00:00Z and employeeHireDate le 2026-12-07T23:59:59Z';

interface UserPage {
  value: Array<Record<string, unknown>>;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
}

const read = async (query: string, headers: Record<string, string> = {}): Promise<UserPage> => {
  const response = await harness.graph(`/users?${query}`, { token, headers });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as UserPage;
};

const hire = (idOrUpn: string, employeeHireDate: string | null) => harness.emulator.control.setUser(idOrUpn, { employeeHireDate });

describe('employeeHireDate (https://learn.microsoft.com/graph/aad-advanced-queries: eq, in, ge, le as advanced queries)', () => {
  it('a range of days combined with and, boundaries included, with $select of the hire date', async () => {
    hire(demoPeople.inScope.id, '2026-12-01T00:00:00Z');
    hire(demoPeople.outOfScope.id, '2026-12-07T23:59:59Z');
    hire(demoPeople.guest.id, '2026-12-04T00:00:00Z');
    hire(demoPeople.disabled.id, '2026-12-08T00:00:00Z');
    hire(demoPeople.excluded.id, '2026-11-30T23:59:59Z');
    const page = await read(`${filter(firstWeek)}&$select=id,employeeHireDate&$count=true`, eventual);
    expect(page['@odata.count']).toBe(3);
    expect(page.value.map((user) => user['id']).sort()).toEqual([demoPeople.inScope.id, demoPeople.outOfScope.id, demoPeople.guest.id].sort());
    expect(page.value.find((user) => user['id'] === demoPeople.inScope.id)).toEqual({ id: demoPeople.inScope.id, employeeHireDate: '2026-12-01T00:00:00Z' });
  });

  it('eq and in on one day', async () => {
    hire(demoPeople.inScope.id, '2026-12-02T00:00:00Z');
    hire(demoPeople.outOfScope.id, '2026-12-03T00:00:00Z');
    expect((await read(`${filter('employeeHireDate eq 2026-12-02T00:00:00Z')}&$select=id&$count=true`, eventual)).value).toEqual([{ id: demoPeople.inScope.id }]);
    const both = await read(`${filter('employeeHireDate in (2026-12-02T00:00:00Z, 2026-12-03T00:00:00Z)')}&$select=id&$count=true`, eventual);
    expect(both['@odata.count']).toBe(2);
  });

  it('without ConsistencyLevel and $count=true is 400 Request_UnsupportedQuery naming the property', async () => {
    for (const [query, headers] of [
      [filter(firstWeek), {}],
      [filter(firstWeek), eventual],
      [`${filter(firstWeek)}&$count=true`, {}],
    ] as const) {
      const response = await harness.graph(`/users?${query}`, { token, headers });
      expect(response.status).toBe(400);
      expect(await graphError(response)).toMatchObject({
        code: 'Request_UnsupportedQuery',
        message: "Unsupported or invalid query filter clause specified for property 'employeeHireDate' of resource 'User'.",
      });
    }
  });

  it('pages with $top and @odata.nextLink, the count only on the first page (https://learn.microsoft.com/graph/paging)', async () => {
    for (const [index, person] of [demoPeople.inScope, demoPeople.outOfScope, demoPeople.guest, demoPeople.disabled, demoPeople.excluded].entries()) {
      hire(person.id, `2026-12-0${index + 1}T00:00:00Z`);
    }
    const first = await read(`${filter(firstWeek)}&$select=id,employeeHireDate&$top=2&$count=true`, eventual);
    expect(first.value).toHaveLength(2);
    expect(first['@odata.count']).toBe(5);
    const ids = first.value.map((user) => user['id']);
    for (let next = first['@odata.nextLink']; next !== undefined; ) {
      // Headers are not part of the link: the advanced query needs ConsistencyLevel again.
      const response = await harness.request(next, { headers: { authorization: `Bearer ${token}`, ...eventual } });
      const page = (await response.json()) as UserPage;
      expect(page).not.toHaveProperty('@odata.count');
      ids.push(...page.value.map((user) => user['id']));
      next = page['@odata.nextLink'];
    }
    expect(new Set(ids).size).toBe(5);
  });
});

describe('employeeId and mail: eq by default (https://learn.microsoft.com/graph/aad-advanced-queries)', () => {
  it('staff of the demo tenant carry an employee id and a hire date', async () => {
    const lena = await read(`${filter(`id eq '${demoPeople.inScope.id}'`)}&$select=employeeId,employeeHireDate`);
    expect(lena.value[0]).toEqual({ employeeId: expect.stringMatching(/^\d{6}$/), employeeHireDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT00:00:00Z$/) });
  });

  it('employeeId eq finds one person without advanced query parameters; an unknown id finds nobody', async () => {
    harness.emulator.control.setUser(demoPeople.inScope.id, { employeeId: 'E-2026-0042' });
    expect((await read(`${filter("employeeId eq 'E-2026-0042'")}&$select=id`)).value).toEqual([{ id: demoPeople.inScope.id }]);
    expect((await read(`${filter("employeeId eq 'E-0000-0000'")}&$select=id`)).value).toEqual([]);
  });

  it('mail eq by default, case-insensitively, a quote doubled inside the literal (https://learn.microsoft.com/graph/filter-query-parameter)', async () => {
    harness.emulator.control.setUser(demoPeople.inScope.id, { mail: "lena.o'brien@tapdeskdemo.onmicrosoft.com" });
    expect((await read(`${filter("mail eq 'LENA.O''BRIEN@tapdeskdemo.onmicrosoft.com'")}&$select=id,mail`)).value).toEqual([
      { id: demoPeople.inScope.id, mail: "lena.o'brien@tapdeskdemo.onmicrosoft.com" },
    ]);
  });

  it('two people with one mail are both found, so a client can tell the key is ambiguous', async () => {
    harness.emulator.control.setUser(demoPeople.outOfScope.id, { mail: 'shared.start@tapdeskdemo.onmicrosoft.com' });
    harness.emulator.control.setUser(demoPeople.disabled.id, { mail: 'shared.start@tapdeskdemo.onmicrosoft.com' });
    expect((await read(`${filter("mail eq 'shared.start@tapdeskdemo.onmicrosoft.com'")}&$select=id&$top=2`)).value).toHaveLength(2);
  });

  it('both work as $batch parts, the advanced one with ConsistencyLevel in the part (https://learn.microsoft.com/graph/aad-advanced-queries)', async () => {
    harness.emulator.control.setUser(demoPeople.inScope.id, { employeeId: 'E-2026-0042', employeeHireDate: '2026-12-05T00:00:00Z' });
    const response = await harness.graph('/$batch', {
      token,
      method: 'POST',
      body: {
        requests: [
          { id: 'id', method: 'GET', url: `/users?${filter("employeeId eq 'E-2026-0042'")}&$select=id&$top=2` },
          { id: 'hired', method: 'GET', url: `/users?${filter(firstWeek)}&$select=id&$count=true&$top=999`, headers: eventual },
        ],
      },
    });
    const parts = ((await response.json()) as { responses: Array<{ id: string; status: number; body: UserPage }> }).responses;
    expect(parts.find((part) => part.id === 'id')).toMatchObject({ status: 200, body: { value: [{ id: demoPeople.inScope.id }] } });
    expect(parts.find((part) => part.id === 'hired')).toMatchObject({ status: 200, body: { '@odata.count': 1, value: [{ id: demoPeople.inScope.id }] } });
  });
});
