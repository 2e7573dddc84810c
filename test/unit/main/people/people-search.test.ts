import { describe, expect, it, vi } from 'vitest';
import type { ActiveGraph } from '../../../../src/main/accounts';
import { AppFailure } from '../../../../src/main/app-failure';
import type { GraphApi, UserPage } from '../../../../src/main/graph/graph-api';
import { PeopleSearch, usersPageUrl } from '../../../../src/main/people/people-search';
import type { UserSummary } from '../../../../src/shared';

const host = 'https://graph.microsoft.com';
const link = (skiptoken: string) => `${host}/v1.0/users?$search=%22displayName%3Alena%22&$top=15&$count=true&$skiptoken=${skiptoken}`;

const person = (id: string): UserSummary => ({
  id,
  displayName: id,
  userPrincipalName: `${id}@contoso.com`,
  mail: null,
  jobTitle: null,
  department: null,
  accountEnabled: true,
  userType: 'Member',
});
const people = (from: number, count: number) => Array.from({ length: count }, (_, index) => person(`p${from + index}`));

/** Graph as main sees it: a first page with a count, then pages by link, each link naming the page after it. */
const fakeGraph = (first: UserPage, pages: Record<string, UserPage> = {}) => {
  const api = {
    graphHost: host,
    searchUsers: vi.fn(async (): Promise<UserPage> => first),
    nextUsersPage: vi.fn(async (url: string): Promise<UserPage> => {
      const page = pages[url];
      if (!page) throw new Error(`No page at ${url}`);
      return page;
    }),
  };
  const active = { api: api as unknown as GraphApi, technicianId: 'tech', key: 'account-1', securityInfoUrl: '', tenantName: 'Contoso', technician: { name: 'Tech', address: 'tech@contoso.com' } };
  return { api, active, graph: async (): Promise<ActiveGraph> => active };
};

const tokens = () => {
  let issued = 0;
  return () => `00000000-0000-4000-8000-${String(++issued).padStart(12, '0')}`;
};

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppFailure);
  return (error as AppFailure).error;
};

describe('people search in pages (https://learn.microsoft.com/graph/paging)', () => {
  it('reports the count Graph gave and names the next page by a token, never by the link', async () => {
    const { graph, api } = fakeGraph({ users: people(0, 15), nextLink: link('A'), total: 500 });
    const answer = await new PeopleSearch(graph, tokens()).first('lena', 15);
    expect(api.searchUsers).toHaveBeenCalledWith('lena', 15);
    expect(answer).toEqual({ users: people(0, 15), total: 500, hasMore: true, more: '00000000-0000-4000-8000-000000000001' });
    expect(JSON.stringify(answer)).not.toContain('skiptoken');
  });

  it('follows the kept @odata.nextLink page by page, repeating the first page’s count, until Graph gives none', async () => {
    const { graph, api } = fakeGraph(
      { users: people(0, 15), nextLink: link('A'), total: 40 },
      {
        [link('A')]: { users: people(15, 15), nextLink: link('B'), total: null },
        [link('B')]: { users: people(30, 10), nextLink: null, total: null },
      },
    );
    const search = new PeopleSearch(graph, tokens());
    const first = await search.first('lena', 15);
    const second = await search.next('lena', first.more ?? '');
    expect(api.nextUsersPage).toHaveBeenLastCalledWith(link('A'));
    expect(second).toEqual({ users: people(15, 15), total: 40, hasMore: true, more: '00000000-0000-4000-8000-000000000002' });
    const last = await search.next('lena', second.more ?? '');
    expect(api.nextUsersPage).toHaveBeenLastCalledWith(link('B'));
    expect(last).toEqual({ users: people(30, 10), total: 40, hasMore: false });
  });

  it('says nothing of a total when Graph did not count', async () => {
    const { graph } = fakeGraph({ users: people(0, 2), nextLink: null, total: null });
    expect(await new PeopleSearch(graph, tokens()).first('lena', 15)).toEqual({ users: people(0, 2), hasMore: false });
  });

  it('refuses a token it never issued, and one for another query, without calling Graph', async () => {
    const { graph, api } = fakeGraph({ users: people(0, 15), nextLink: link('A'), total: 30 }, { [link('A')]: { users: people(15, 15), nextLink: null, total: null } });
    const search = new PeopleSearch(graph, tokens());
    const { more } = await search.first('lena', 15);
    expect(await refusal(search.next('lena', '11111111-1111-4111-8111-111111111111'))).toMatchObject({ code: 'validation', reason: 'invalid_request' });
    expect(await refusal(search.next('lenb', more ?? ''))).toMatchObject({ code: 'validation', reason: 'invalid_request' });
    expect(api.nextUsersPage).not.toHaveBeenCalled();
    // The refusals did not spend the token.
    expect((await search.next('lena', more ?? '')).users).toEqual(people(15, 15));
  });

  it('refuses a token used twice and one from before a newer search', async () => {
    const { graph, api } = fakeGraph({ users: people(0, 15), nextLink: link('A'), total: 30 }, { [link('A')]: { users: people(15, 15), nextLink: link('B'), total: null } });
    const search = new PeopleSearch(graph, tokens());
    const { more } = await search.first('lena', 15);
    await search.next('lena', more ?? '');
    expect(await refusal(search.next('lena', more ?? ''))).toMatchObject({ code: 'validation' });

    const older = await search.first('lena', 15);
    await search.first('max', 15);
    expect(await refusal(search.next('lena', older.more ?? ''))).toMatchObject({ code: 'validation' });
    expect(api.nextUsersPage).toHaveBeenCalledOnce();
  });

  it('keeps the token of a page that failed, so the technician can try again', async () => {
    const { graph, api } = fakeGraph({ users: people(0, 15), nextLink: link('A'), total: 30 }, { [link('A')]: { users: people(15, 15), nextLink: null, total: null } });
    const search = new PeopleSearch(graph, tokens());
    const { more } = await search.first('lena', 15);
    api.nextUsersPage.mockRejectedValueOnce(new Error('503'));
    await expect(search.next('lena', more ?? '')).rejects.toThrow('503');
    expect((await search.next('lena', more ?? '')).users).toEqual(people(15, 15));
  });

  it('lets a newer search win over a page that arrives after it began', async () => {
    const { graph, api } = fakeGraph({ users: people(0, 15), nextLink: link('A'), total: 30 }, { [link('A')]: { users: people(15, 15), nextLink: link('B'), total: null } });
    const search = new PeopleSearch(graph, tokens());
    const { more } = await search.first('lena', 15);
    let release!: () => void;
    api.nextUsersPage.mockImplementationOnce(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { users: people(15, 15), nextLink: link('B'), total: null };
    });
    const late = search.next('lena', more ?? '');
    api.searchUsers.mockResolvedValueOnce({ users: people(100, 15), nextLink: link('C'), total: 99 });
    const newer = await search.first('max', 15);
    release();
    const lateAnswer = await late;
    expect(await refusal(search.next('lena', lateAnswer.more ?? ''))).toMatchObject({ code: 'validation' });
    api.nextUsersPage.mockResolvedValueOnce({ users: people(115, 15), nextLink: null, total: null });
    expect((await search.next('max', newer.more ?? '')).users).toEqual(people(115, 15));
    expect(api.nextUsersPage).toHaveBeenLastCalledWith(link('C'));
  });

  it('never follows a link with another account than the search ran as', async () => {
    const { graph, api, active } = fakeGraph({ users: people(0, 15), nextLink: link('A'), total: 30 });
    const search = new PeopleSearch(graph, tokens());
    const { more } = await search.first('lena', 15);
    active.key = 'account-2';
    expect(await refusal(search.next('lena', more ?? ''))).toMatchObject({ code: 'validation', reason: 'invalid_request' });
    expect(api.nextUsersPage).not.toHaveBeenCalled();
  });

  it.each([
    ['another cloud', 'https://graph.microsoft.us/v1.0/users?$skiptoken=A'],
    ['another host', 'https://evil.example/v1.0/users?$skiptoken=A'],
    ['plain http', 'http://graph.microsoft.com/v1.0/users?$skiptoken=A'],
    ['credentials in the URL', 'https://graph.microsoft.com@evil.example/v1.0/users?$skiptoken=A'],
    ['another port', 'https://graph.microsoft.com:8443/v1.0/users?$skiptoken=A'],
    ['another path', 'https://graph.microsoft.com/v1.0/me/messages?$skiptoken=A'],
    ['the beta endpoint', 'https://graph.microsoft.com/beta/users?$skiptoken=A'],
    ['a path that climbs out', 'https://graph.microsoft.com/v1.0/users/../../oauth2/token?$skiptoken=A'],
    ['no link at all', 'not a url'],
  ])('keeps no page behind a nextLink to %s', async (_name, nextLink) => {
    const { graph, api } = fakeGraph({ users: people(0, 15), nextLink, total: 30 });
    const answer = await new PeopleSearch(graph, tokens()).first('lena', 15);
    expect(answer).toEqual({ users: people(0, 15), total: 30, hasMore: false });
    expect(api.nextUsersPage).not.toHaveBeenCalled();
  });
});

describe('the next-page URL main requests', () => {
  it('is the account’s own origin and the users path, with only the link’s query kept', () => {
    expect(usersPageUrl(`${host}/V1.0/Users?$top=15&$skiptoken=X%27AB%27`, host)).toBe(`${host}/v1.0/users?$top=15&$skiptoken=X%27AB%27`);
    expect(usersPageUrl(`${host}/v1.0/users?$skiptoken=A#fragment`, host)).toBeNull();
    expect(usersPageUrl(`${host}/v1.0/users`, host)).toBeNull();
    expect(usersPageUrl('https://127.0.0.1:8443/v1.0/users?$skiptoken=A', 'https://127.0.0.1:8443')).toBe('https://127.0.0.1:8443/v1.0/users?$skiptoken=A');
  });
});
