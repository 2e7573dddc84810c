import { beforeEach, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { deskServices } from '../../../support/desk-services';
import { useEmulator } from '../../../support/use-emulator';

let asAuthAdmin: Awaited<ReturnType<typeof deskServices>>;

const emulator = useEmulator();
// A reset revokes refresh tokens, so each test signs in afresh.
beforeEach(async () => {
  asAuthAdmin = await deskServices(emulator);
  await asAuthAdmin.signIn(demoTechnicians.auth);
});

const userRequests = () => emulator.control.requestLog().filter((entry) => entry.method === 'GET' && entry.path === '/v1.0/users');

describe('finding people', () => {
  it('searches by name prefix and answers with display data only', async () => {
    const { users, total, hasMore } = await asAuthAdmin.value('users:search', { query: 'lena' });
    expect(users.map((user) => user.displayName)).toContain(demoPeople.inScope.displayName);
    expect(Object.keys(users[0]!).sort()).toEqual(['accountEnabled', 'department', 'displayName', 'id', 'jobTitle', 'mail', 'userPrincipalName', 'userType']);
    expect(total).toBe(users.length);
    expect(hasMore).toBe(false);
  });

  it('shows fifteen at a time with the count, and the rest page by page through @odata.nextLink', async () => {
    emulator.control.seedPeople({ count: 40 });
    const first = await asAuthAdmin.value('users:search', { query: 'sample' });
    expect(first).toMatchObject({ total: 40, hasMore: true, more: expect.any(String) });
    expect(first.users).toHaveLength(15);

    const second = await asAuthAdmin.value('users:search', { query: 'sample', more: first.more! });
    expect(second).toMatchObject({ total: 40, hasMore: true });
    const third = await asAuthAdmin.value('users:search', { query: 'sample', more: second.more! });
    expect(third).toMatchObject({ total: 40, hasMore: false });
    expect(third).not.toHaveProperty('more');

    const names = [first, second, third].flatMap((page) => page.users.map((user) => user.displayName));
    expect(names).toHaveLength(40);
    expect(new Set(names).size).toBe(40);
    // Each page is one GET /users on the account's own Graph, the later two by the link the emulator gave.
    expect(userRequests().map((entry) => entry.status)).toEqual([200, 200, 200]);
  });

  it('refuses a token that main did not issue for this search, and reaches no Graph for it', async () => {
    emulator.control.seedPeople({ count: 20 });
    const first = await asAuthAdmin.value('users:search', { query: 'sample' });
    const before = userRequests().length;
    for (const input of [
      { query: 'sample', more: '6f1c2a9e-4b7d-4e8f-9a0b-1c2d3e4f5a6b' },
      { query: 'lena', more: first.more! },
    ]) {
      expect(await asAuthAdmin.call('users:search', input)).toMatchObject({ ok: false, error: { code: 'validation', reason: 'invalid_request' } });
    }
    expect(userRequests()).toHaveLength(before);
  });

  it.each([
    ['a URL instead of a token', { query: 'sample', more: `https://graph.microsoft.com/v1.0/users?$skiptoken=A` }],
    ['a page size with a token', { query: 'sample', more: '6f1c2a9e-4b7d-4e8f-9a0b-1c2d3e4f5a6b', top: 5 }],
  ])('refuses %s at the router', async (_name, input) => {
    expect(await asAuthAdmin.call('users:search', input)).toMatchObject({ ok: false, error: { code: 'validation', reason: 'invalid_request' } });
  });
});
