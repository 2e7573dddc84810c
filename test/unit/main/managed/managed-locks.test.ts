import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogoStore, TenantSettingsRepository } from '../../../../src/main/settings';
import { exportSettings } from '../../../../src/main/settings/settings-transfer';
import { defaultTenantSettings, withLocks, type ManagedConfig, type TenantSettings } from '../../../../src/shared';
import { memoryStore } from '../../../support/memory-store';
import { contoso, fabrikam, managedDesk } from './managed-desk';

const config: ManagedConfig = {
  version: 1,
  lockedSettings: { notifications: { passInMail: { enabled: false } }, journal: { retentionMonths: 24 }, defaults: { autoHideSeconds: 60 } },
  profiles: [{ ...contoso, lockedSettings: { notifications: { enabled: true }, journal: { retentionMonths: 36 } } }],
};

const withPassInMail = (): TenantSettings => {
  const settings = defaultTenantSettings();
  settings.notifications.passInMail = { enabled: true, acknowledged: true };
  const english = settings.notifications.templates.en!;
  settings.notifications.templates.en = { ...english, html: `${english.html}<p>Your pass: {{pass}}</p>` };
  return settings;
};

describe('settings the organisation locks', () => {
  it('read as the organisation set them: a profile’s own locks over every profile’s, over what is stored', async () => {
    const desk = managedDesk({ config });
    desk.store.set('tenantSettings.contoso', { ...defaultTenantSettings(), journal: { retentionMonths: 6 } });
    const view = await desk.value('settings:get', { profileId: 'contoso' });
    expect(view.settings.notifications.enabled).toBe(true);
    expect(view.settings.journal.retentionMonths).toBe(36);
    expect(view.settings.defaults.autoHideSeconds).toBe(60);
    expect(view.locked).toEqual(['defaults.autoHideSeconds', 'notifications.enabled', 'notifications.passInMail.enabled', 'journal.retentionMonths']);

    const own = await desk.value('profiles:save', fabrikam);
    const ownView = await desk.value('settings:get', { profileId: own.id });
    expect(ownView.settings.journal.retentionMonths).toBe(24);
    expect(ownView.settings.notifications.enabled).toBe(false);
    expect(ownView.locked).toEqual(['defaults.autoHideSeconds', 'notifications.passInMail.enabled', 'journal.retentionMonths']);
  });

  it('are what the services read: the pass, clipboard, journal and cohort settings of the active profile', () => {
    const store = memoryStore();
    store.set('tenantSettings.contoso', { ...defaultTenantSettings(), bulk: { holdMinutes: 480 } });
    const repository = new TenantSettingsRepository(store, new LogoStore(mkdtempSync(join(tmpdir(), 'tapdesk-logos-'))), () => ({ bulk: { holdMinutes: 60 }, defaults: { clipboardClearSeconds: 10 } }));
    expect(repository.settings('contoso')).toMatchObject({ bulk: { holdMinutes: 60 }, defaults: { clipboardClearSeconds: 10 } });
  });

  it('lock nothing without the organisation’s file', async () => {
    const desk = managedDesk({ config: null });
    const own = await desk.value('profiles:save', fabrikam);
    expect(await desk.value('settings:get', { profileId: own.id })).toEqual({ settings: defaultTenantSettings(), problem: null, logoDataUrl: null });
  });

  it('cannot be changed through saving, which names the locked settings it refused', async () => {
    const desk = managedDesk({ config });
    const { settings } = await desk.value('settings:get', { profileId: 'contoso' });
    const changed = { ...settings, notifications: { ...settings.notifications, enabled: false }, journal: { retentionMonths: 12 } };
    await expect(desk.call('settings:save', { profileId: 'contoso', settings: changed })).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation', reason: 'locked_by_organisation', detail: 'notifications.enabled, journal.retentionMonths' },
    });
    expect(desk.store.get('tenantSettings.contoso')).toBeUndefined();
  });

  it('are saved with the rest unchanged, and what the tenant had underneath is kept for the day the lock is lifted', async () => {
    const desk = managedDesk({ config });
    desk.store.set('tenantSettings.contoso', { ...defaultTenantSettings(), journal: { retentionMonths: 6 } });
    const { settings } = await desk.value('settings:get', { profileId: 'contoso' });
    const edited = { ...settings, serviceDesk: { ...settings.serviceDesk, name: 'Contoso IT' } };
    const saved = await desk.value('settings:save', { profileId: 'contoso', settings: edited });
    expect(saved.settings).toEqual(edited);
    expect(saved.locked).toContain('journal.retentionMonths');
    expect(desk.store.get('tenantSettings.contoso')).toMatchObject({ serviceDesk: { name: 'Contoso IT' }, journal: { retentionMonths: 6 }, notifications: { enabled: false } });
  });

  it('still open where a template the tenant saved uses the pass the organisation now forbids, for the form to mark it', async () => {
    const desk = managedDesk({ config });
    desk.store.set('tenantSettings.contoso', withPassInMail());
    const { settings } = await desk.value('settings:get', { profileId: 'contoso' });
    expect(settings.notifications.passInMail.enabled).toBe(false);
    expect(settings.notifications.templates.en?.html).toContain('{{pass}}');
  });
});

describe('an import over locked settings', () => {
  it('leaves them as the organisation set them and says which the file would have changed', async () => {
    const desk = managedDesk({ config });
    const fromAnotherDesk = { ...defaultTenantSettings(), journal: { retentionMonths: 6 }, serviceDesk: { ...defaultTenantSettings().serviceDesk, name: 'Fabrikam IT' } };
    const review = await desk.value('settings:import', { profileId: 'contoso', text: exportSettings(fromAnotherDesk, null) });
    expect(review.lockedLeft).toEqual(['defaults.autoHideSeconds', 'notifications.enabled', 'journal.retentionMonths']);
    expect(review.settings).toMatchObject({ journal: { retentionMonths: 36 }, notifications: { enabled: true }, defaults: { autoHideSeconds: 60 }, serviceDesk: { name: 'Fabrikam IT' } });
    expect(review.changes.map((change) => change.path)).toEqual(['serviceDesk.name']);
  });

  it('of a file that allows the pass in mails is not refused where the organisation forbids it: the pass stays out', async () => {
    const desk = managedDesk({ config });
    const review = await desk.value('settings:import', { profileId: 'contoso', text: exportSettings(withLocks(withPassInMail(), { journal: { retentionMonths: 36 } }), null) });
    expect(review.settings.notifications.passInMail.enabled).toBe(false);
    expect(review.lockedLeft).toContain('notifications.passInMail.enabled');
  });

  it('reports nothing left where the file agrees with the organisation', async () => {
    const desk = managedDesk({ config });
    const { settings } = await desk.value('settings:get', { profileId: 'contoso' });
    const review = await desk.value('settings:import', { profileId: 'contoso', text: exportSettings(settings, null) });
    expect(review.lockedLeft).toBeUndefined();
    expect(review.changes).toEqual([]);
  });
});
