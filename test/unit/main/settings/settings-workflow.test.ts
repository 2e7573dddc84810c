import { beforeEach, describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../../src/emulator';
import { deskServices } from '../../../support/desk-services';
import { useEmulator } from '../../../support/use-emulator';

let asAuthAdmin: Awaited<ReturnType<typeof deskServices>>;

const emulator = useEmulator();
// A reset revokes refresh tokens, so each test signs in afresh.
beforeEach(async () => {
  asAuthAdmin = await deskServices(emulator);
  await asAuthAdmin.signIn(demoTechnicians.auth);
});

describe('tenant settings', () => {
  it('are refused for a profile that does not exist and validated on save', async () => {
    await expect(asAuthAdmin.call('settings:get', { profileId: 'nope' })).resolves.toMatchObject({ ok: false, error: { code: 'profile_not_found' } });
    const { settings } = await asAuthAdmin.value('settings:get', { profileId: 'demo' });
    const broken = { ...settings, defaults: { ...settings.defaults, autoHideSeconds: 2 } };
    await expect(asAuthAdmin.call('settings:save', { profileId: 'demo', settings: broken })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
