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

describe('finding people', () => {
  it('searches by name prefix and answers with display data only', async () => {
    const { users } = await asAuthAdmin.value('users:search', { query: 'lena' });
    expect(users.map((user) => user.displayName)).toContain(demoPeople.inScope.displayName);
    expect(Object.keys(users[0]!).sort()).toEqual(['accountEnabled', 'department', 'displayName', 'id', 'jobTitle', 'mail', 'userPrincipalName', 'userType']);
  });
});
