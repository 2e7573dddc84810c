import { beforeAll, describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

/**
 * GET /users in pages, as https://learn.microsoft.com/graph/api/user-list, https://learn.microsoft.com/graph/paging
 * and https://learn.microsoft.com/graph/aad-advanced-queries describe it.
 */

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const eventual = { ConsistencyLevel: 'eventual' };
const samples = (count: number) => harness.emulator.control.seedPeople({ count });
const searchSample = `$search=${encodeURIComponent('"displayName:sample" OR "userPrincipalName:sample"')}`;

interface Page {
  value: Array<{ id: string; displayName?: string }>;
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}

const get = (url: string, headers: Record<string, string> = { authorization: `Bearer ${token}`, ...eventual }) => harness.request(url, { headers });

const page = async (url: string, headers?: Record<string, string>): Promise<Page> => {
  const response = await get(url, headers);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as Page;
};

/** Every page of a list, following `@odata.nextLink` as the paging article says, and each page as it came. */
const allPages = async (first: string): Promise<Page[]> => {
  const pages: Page[] = [];
  for (let next: string | undefined = first; next !== undefined; next = pages.at(-1)?.['@odata.nextLink']) pages.push(await page(next));
  return pages;
};

describe('$top (https://learn.microsoft.com/graph/api/user-list: "$skip isn\'t supported"; $top is 1 to 999)', () => {
  it('gives at most $top people a page, 100 without it', async () => {
    samples(120);
    expect((await page(`${harness.emulator.graphBaseUrl}/users?$top=7&$select=id`)).value).toHaveLength(7);
    expect((await page(`${harness.emulator.graphBaseUrl}/users?$select=id`)).value).toHaveLength(100);
    expect((await page(`${harness.emulator.graphBaseUrl}/users?$top=999&$select=id`)).value.length).toBeGreaterThan(120);
  });

  it.each(['0', '1000', 'ten', '2.5'])('refuses $top=%s with Request_BadRequest', async (top) => {
    const response = await get(`${harness.emulator.graphBaseUrl}/users?$top=${top}`);
    expect(response.status).toBe(400);
    const error = await graphError(response);
    expect(error.code).toBe('Request_BadRequest');
    expect(error.message).toBe(`Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`);
  });
});

describe('@odata.nextLink (https://learn.microsoft.com/graph/paging)', () => {
  it('is an absolute URL to the same endpoint with every query option of the request plus an opaque $skiptoken', async () => {
    samples(40);
    const first = await page(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$select=id,displayName&$top=15&$count=true&$orderby=displayName`);
    const link = new URL(first['@odata.nextLink'] ?? '');
    expect(`${link.origin}${link.pathname}`).toBe(`${harness.emulator.graphBaseUrl}/users`);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      $search: '"displayName:sample" OR "userPrincipalName:sample"',
      $select: 'id,displayName',
      $top: '15',
      $count: 'true',
      $orderby: 'displayName',
      $skiptoken: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
    });
  });

  it('walks every match once, in order, and the last page has no link', async () => {
    samples(40);
    const pages = await allPages(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$select=id,displayName&$top=15&$count=true`);
    expect(pages.map((each) => each.value.length)).toEqual([15, 15, 10]);
    expect(pages.at(-1)).not.toHaveProperty('@odata.nextLink');
    const names = pages.flatMap((each) => each.value.map((user) => user.displayName ?? ''));
    expect(new Set(names).size).toBe(40);
    expect(names).toEqual([...names].sort((left, right) => left.localeCompare(right, 'en')));
    expect(names.every((name) => / Sample \d{4}$/.test(name))).toBe(true);
  });

  it('has no link when the first page holds everything', async () => {
    const only = await page(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$top=15`);
    expect(only.value).toEqual([]);
    expect(only).not.toHaveProperty('@odata.nextLink');
  });

  it('works with the same authorization as the first page, and not without one', async () => {
    samples(20);
    const first = await page(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$top=15`);
    const next = first['@odata.nextLink'] ?? '';
    const other = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
    expect((await page(next, { authorization: `Bearer ${other}`, ...eventual })).value).toHaveLength(5);
    const anonymous = await get(next, eventual);
    expect(anonymous.status).toBe(401);
    expect((await graphError(anonymous)).code).toBe('InvalidAuthenticationToken');
  });

  it('needs ConsistencyLevel again for a $search link: "request headers … are not included by default in subsequent page requests"', async () => {
    samples(20);
    const first = await page(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$top=15`);
    const withoutHeader = await get(first['@odata.nextLink'] ?? '', { authorization: `Bearer ${token}` });
    expect(withoutHeader.status).toBe(400);
    expect((await graphError(withoutHeader)).code).toBe('Request_UnsupportedQuery');
  });

  it('refuses a skip token it did not issue', async () => {
    const response = await get(`${harness.emulator.graphBaseUrl}/users?$top=5&$skiptoken=not-a-token`);
    expect(response.status).toBe(400);
    expect((await graphError(response)).code).toBe('Request_BadRequest');
  });
});

describe('$count=true (https://learn.microsoft.com/graph/aad-advanced-queries)', () => {
  it('counts every match with ConsistencyLevel: eventual, on the first page only', async () => {
    samples(40);
    const pages = await allPages(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$select=id&$top=15&$count=true`);
    expect(pages[0]?.['@odata.count']).toBe(40);
    // "the @odata.count property will be present only in the first page of the paged data" (https://learn.microsoft.com/graph/paging)
    expect(pages.slice(1).map((each) => each['@odata.count'])).toEqual([undefined, undefined]);
  });

  it('is ignored without ConsistencyLevel rather than failing', async () => {
    samples(20);
    const plain = await page(`${harness.emulator.graphBaseUrl}/users?$select=id&$top=15&$count=true`, { authorization: `Bearer ${token}` });
    expect(plain).not.toHaveProperty('@odata.count');
    expect(plain['@odata.nextLink']).toMatch(/\$skiptoken=/);
  });
});

describe('seeding many people through the control surface', () => {
  const control = (body: unknown) =>
    harness.request(`${harness.emulator.controlUrl}/people`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('adds people who share a surname, numbered on from earlier ones, until the next reset', async () => {
    const first = samples(2);
    expect(first.map((user) => [user.displayName, user.userPrincipalName])).toEqual([
      ['Alex Sample 0001', 'sample.0001@tapdeskdemo.onmicrosoft.com'],
      ['Billie Sample 0002', 'sample.0002@tapdeskdemo.onmicrosoft.com'],
    ]);
    const response = await control({ count: 3, surname: 'Lefèvre' });
    expect(response.status).toBe(201);
    expect(((await response.json()) as Array<{ userPrincipalName: string }>).map((user) => user.userPrincipalName)).toEqual([
      'lefevre.0001@tapdeskdemo.onmicrosoft.com',
      'lefevre.0002@tapdeskdemo.onmicrosoft.com',
      'lefevre.0003@tapdeskdemo.onmicrosoft.com',
    ]);
    expect(samples(1).map((user) => user.displayName)).toEqual(['Charlie Sample 0003']);
    expect((await page(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$select=id&$count=true`))['@odata.count']).toBe(3);

    harness.emulator.control.reset();
    expect((await page(`${harness.emulator.graphBaseUrl}/users?${searchSample}&$select=id&$count=true`))['@odata.count']).toBe(0);
  });

  it.each([[{}], [{ count: 0 }], [{ count: 2001 }], [{ count: 5, surname: '1 OR 1' }], [{ count: 5, colour: 'red' }]])('refuses %j with 400', async (body) => {
    expect((await control(body)).status).toBe(400);
  });
});
