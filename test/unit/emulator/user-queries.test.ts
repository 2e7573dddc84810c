import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const eventual = { ConsistencyLevel: 'eventual' };

interface UserPage {
  value: Array<Record<string, unknown>>;
  '@odata.count'?: number;
}

const list = (query: string, advanced = false) => harness.graph(`/users?${query}${advanced ? '&$count=true' : ''}`, { token, ...(advanced ? { headers: eventual } : {}) });

const names = async (query: string, advanced = false): Promise<string[]> => {
  const response = await list(`${query}&$select=displayName`, advanced);
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as UserPage).value.map((user) => String(user['displayName']));
};

const filter = (expression: string): string => `$filter=${encodeURIComponent(expression)}`;

const expectAdvancedOnly = async (query: string, message: string | RegExp): Promise<void> => {
  for (const [description, response] of [
    ['no header', await list(query)],
    ['header without $count', await harness.graph(`/users?${query}`, { token, headers: eventual })],
  ] as const) {
    expect(response.status, description).toBe(400);
    const error = await graphError(response);
    expect(error.code).toBe('Request_UnsupportedQuery');
    expect(error.message).toMatch(message);
  }
  const answered = await list(query, true);
  expect(answered.status).toBe(200);
  await answered.arrayBuffer();
};

// "Error handling for advanced queries on directory objects": https://learn.microsoft.com/graph/aad-advanced-queries
describe('$count on /users (https://learn.microsoft.com/graph/aad-advanced-queries)', () => {
  it('?$count=true without ConsistencyLevel is answered 200 and the count silently left out', async () => {
    const response = await harness.graph('/users?$count=true&$top=5', { token });
    expect(response.status).toBe(200);
    const page = (await response.json()) as UserPage;
    expect(page).not.toHaveProperty('@odata.count');
    expect(page.value).toHaveLength(5);
  });

  it('?$count=true with ConsistencyLevel: eventual adds @odata.count for the whole result, not the page', async () => {
    const page = (await (await list('$top=5', true)).json()) as UserPage;
    expect(page.value).toHaveLength(5);
    const all = await harness.graph('/users/$count', { token, headers: eventual });
    expect(page['@odata.count']).toBe(Number(await all.text()));
    expect(page['@odata.count']).toBeGreaterThan(40);
  });

  it('/users/$count is 400 Request_BadRequest without the header, and the number as text with it', async () => {
    const refused = await harness.graph('/users/$count', { token });
    expect(refused.status).toBe(400);
    expect(await graphError(refused)).toMatchObject({ code: 'Request_BadRequest', message: '$count is not currently supported.' });
    const counted = await harness.graph(`/users/$count?${filter('accountEnabled eq false')}`, { token, headers: eventual });
    expect(counted.status).toBe(200);
    expect(counted.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(Number(await counted.text())).toBe((await names(filter('accountEnabled eq false'))).length);
  });
});

// Default and advanced $filter support per user property: the user table of
// https://learn.microsoft.com/graph/aad-advanced-queries and "Supports $filter" in https://learn.microsoft.com/graph/api/resources/user#properties
describe('$filter on /users supported by default (https://learn.microsoft.com/graph/api/resources/user#properties)', () => {
  it('startsWith on displayName, case-insensitively', async () => {
    expect(await names(filter("startswith(displayName,'lena')"))).toEqual(['Lena Fischer']);
    expect(await names(filter("startsWith(displayName, 'Break-Glass')"))).toEqual(['Break-Glass Account 01']);
  });

  it('eq on id, userPrincipalName and mail, in on id', async () => {
    expect(await names(filter(`id eq '${demoPeople.inScope.id}'`))).toEqual(['Lena Fischer']);
    expect(await names(filter(`userPrincipalName eq '${demoPeople.inScope.userPrincipalName.toUpperCase()}'`))).toEqual(['Lena Fischer']);
    expect(await names(filter("mail eq 'jordan.lee@fabrikam.com'"))).toEqual(['Jordan Lee (Fabrikam)']);
    expect(await names(filter(`id in ('${demoPeople.inScope.id}', '${demoPeople.guest.id}')`))).toEqual(['Jordan Lee (Fabrikam)', 'Lena Fischer']);
  });

  it('eq on accountEnabled, userType, creationType and usageLocation, combined with and/or', async () => {
    const disabled = await names(filter('accountEnabled eq false'));
    expect(disabled).toEqual(expect.arrayContaining(['Pierre Lefèvre', 'Brandon Miller', 'Yuki Sato']));
    expect(disabled).not.toContain('Lena Fischer');
    expect(await names(filter("userType eq 'Guest'"))).toEqual(['Jordan Lee (Fabrikam)']);
    expect(await names(filter("creationType eq 'Invitation'"))).toEqual(['Jordan Lee (Fabrikam)']);
    expect(await names(filter("usageLocation eq 'JP' and accountEnabled eq false"))).toEqual(['Yuki Sato']);
    expect(await names(filter("(usageLocation eq 'FR' and accountEnabled eq false) or userType eq 'Guest'"))).toEqual(['Jordan Lee (Fabrikam)', 'Pierre Lefèvre']);
  });

  it('pages through the filtered result, the next link keeping the filter', async () => {
    const page = (await (await list(`${filter("usageLocation eq 'DE'")}&$top=2&$select=id`)).json()) as UserPage & { '@odata.nextLink'?: string };
    expect(page.value).toHaveLength(2);
    expect(page['@odata.nextLink']).toContain('$filter=');
    const next = (await (await harness.request(page['@odata.nextLink'] ?? '', { headers: { authorization: `Bearer ${token}` } })).json()) as UserPage;
    expect(next.value.length).toBeGreaterThan(0);
  });

  it('refuses an unknown property, a syntax error, and a literal of the wrong type', async () => {
    const unknown = await list(filter("shoeSize eq '42'"));
    expect(unknown.status).toBe(400);
    expect((await graphError(unknown)).message).toBe("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
    const broken = await list(filter("displayName eq 'Lena"));
    expect(broken.status).toBe(400);
    expect((await graphError(broken)).message).toMatch(/^Invalid filter clause/);
    const mistyped = await list(filter("accountEnabled eq 'false'"));
    expect(mistyped.status).toBe(400);
    expect((await graphError(mistyped)).message).toBe("A binary operator with incompatible types was detected. Found operand types 'Edm.Boolean' and 'Edm.String' for operator kind 'Equal'.");
  });

  it('answers a clause no property supports, even with advanced parameters, as unsupported', async () => {
    for (const advanced of [false, true]) {
      const response = await list(filter("jobTitle gt 'A'"), advanced);
      expect(response.status).toBe(400);
      expect(await graphError(response)).toMatchObject({ code: 'Request_UnsupportedQuery', message: "Unsupported or invalid query filter clause specified for property 'jobTitle' of resource 'User'." });
    }
  });
});

describe('$filter on /users only as an advanced query (https://learn.microsoft.com/graph/aad-advanced-queries)', () => {
  const operatorMessage = (operator: string) =>
    `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`;

  it('endsWith on mail and userPrincipalName', async () => {
    await expectAdvancedOnly(filter("endswith(mail,'@fabrikam.com')"), operatorMessage('endsWith'));
    expect(await names(filter("endswith(mail,'@fabrikam.com')"), true)).toEqual(['Jordan Lee (Fabrikam)']);
    expect(await names(filter("endsWith(userPrincipalName,'#EXT#@tapdeskdemo.onmicrosoft.com')"), true)).toEqual(['Jordan Lee (Fabrikam)']);
  });

  it('ne and not', async () => {
    await expectAdvancedOnly(filter('accountEnabled ne true'), operatorMessage('ne'));
    await expectAdvancedOnly(filter("not startsWith(displayName,'L')"), operatorMessage('not'));
    expect(await names(filter('accountEnabled ne true'), true)).toEqual(await names(filter('accountEnabled eq false')));
    const notL = await names(filter("not startsWith(displayName,'L')"), true);
    expect(notL.some((name) => name.startsWith('L'))).toBe(false);
    expect(notL.length).toBeGreaterThan(30);
  });

  it('properties indexed only for advanced queries, and eq null', async () => {
    await expectAdvancedOnly(filter("companyName eq 'Fabrikam'"), /property 'companyName'/);
    expect(await names(filter("companyName eq 'Fabrikam'"), true)).toEqual(['Jordan Lee (Fabrikam)']);
    await expectAdvancedOnly(filter("startswith(mobilePhone,'+81')"), /property 'mobilePhone'/);
    await expectAdvancedOnly(filter('jobTitle eq null'), /property 'jobTitle'/);
    expect(await names(filter('givenName eq null'), true)).toEqual(['Contoso Service Desk']);
  });

  it('$orderby together with $filter', async () => {
    const query = `${filter("usageLocation eq 'FR'")}&$orderby=${encodeURIComponent('displayName desc')}`;
    const refused = await list(query);
    expect(refused.status).toBe(400);
    expect(await graphError(refused)).toMatchObject({ code: 'Request_UnsupportedQuery', message: 'Sorting not supported for current query.' });
    const sorted = await names(query, true);
    expect(sorted).toEqual([...sorted].sort((left, right) => right.localeCompare(left, 'en')));
    expect(sorted).toContain('Amélie Dubois');
  });

  it('but $orderby on displayName alone, or with $search, works by default', async () => {
    const sorted = await names(`$orderby=${encodeURIComponent('displayName desc')}&$top=3`);
    expect(sorted).toHaveLength(3);
    expect(sorted).toEqual([...sorted].sort((left, right) => right.localeCompare(left, 'en')));
    const search = encodeURIComponent('"displayName:ja" OR "userPrincipalName:ja"');
    const found = await harness.graph(`/users?$search=${search}&$orderby=displayName&$select=displayName`, { token, headers: eventual });
    expect(found.status).toBe(200);
    const people = ((await found.json()) as UserPage).value.map((user) => String(user['displayName']));
    expect(people).toEqual([...people].sort((left, right) => left.localeCompare(right, 'en')));
  });
});
