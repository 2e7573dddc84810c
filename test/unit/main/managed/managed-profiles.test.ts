import { describe, expect, it } from 'vitest';
import { contoso, fabrikam, managedDesk } from './managed-desk';

const config = { version: 1 as const, profiles: [{ ...contoso, lockedSettings: { notifications: { enabled: true } } }] };

describe('the organisation’s tenant profiles', () => {
  it('appear in the profile list first, marked as the organisation’s, without their locks', async () => {
    const desk = managedDesk({ config });
    const own = await desk.value('profiles:save', fabrikam);
    const { profiles } = await desk.value('session:get');
    expect(profiles).toEqual([{ ...contoso, managed: true }, own]);
  });

  it('cannot be removed or changed by the technician', async () => {
    const desk = managedDesk({ config });
    await expect(desk.call('profiles:remove', { profileId: 'contoso' })).resolves.toMatchObject({ ok: false, error: { code: 'validation', reason: 'locked_by_organisation', detail: 'contoso' } });
    await expect(desk.call('profiles:save', { ...contoso, label: 'Renamed' })).resolves.toMatchObject({ ok: false, error: { reason: 'locked_by_organisation' } });
    expect((await desk.value('session:get')).profiles).toEqual([{ ...contoso, managed: true }]);
  });

  it('are there again when the store loses them, and win over a stored profile with the same id', async () => {
    const desk = managedDesk({ config });
    desk.store.delete('tenantProfiles');
    expect((await desk.value('session:get')).profiles).toEqual([{ ...contoso, managed: true }]);
    desk.store.set('tenantProfiles', [{ ...contoso, label: 'Stored copy', tenant: 'elsewhere.onmicrosoft.com' }]);
    expect((await desk.value('session:get')).profiles).toEqual([{ ...contoso, managed: true }]);
  });

  it('leave the technician’s own profiles as they are, and are gone once the organisation’s file no longer has them', async () => {
    const desk = managedDesk({ config });
    const own = await desk.value('profiles:save', fabrikam);
    await desk.value('profiles:remove', { profileId: own.id });
    expect((await desk.value('session:get')).profiles).toEqual([{ ...contoso, managed: true }]);
    expect((await managedDesk({ config: null }).value('session:get')).profiles).toEqual([]);
  });
});

describe('the status the screen reads at start', () => {
  it('says the file was applied, not found, or ignored with its problem', async () => {
    await expect(managedDesk({ config }).value('managed:status')).resolves.toEqual({ file: '/etc/tap-desk/managed.json', state: 'applied', problem: null, demoRefused: false });
    await expect(managedDesk({ config: null }).value('managed:status')).resolves.toMatchObject({ state: 'none', problem: null });
    const problem = { kind: 'invalid' as const, issues: [{ path: '$.version', code: 'required' as const }], moreIssues: 0 };
    await expect(managedDesk({ config: null, problem }).value('managed:status')).resolves.toMatchObject({ state: 'ignored', problem });
  });

  it('says when a demo start was turned down', async () => {
    await expect(managedDesk({ config: { version: 1, allowDemoMode: false }, demoRefused: true }).value('managed:status')).resolves.toMatchObject({ state: 'applied', demoRefused: true });
  });
});
