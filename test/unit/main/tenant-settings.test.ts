import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../src/shared';
import { migrateTenantSettings } from '../../../src/main/settings/tenant-settings-migrations';
import { TenantSettingsRepository } from '../../../src/main/settings/tenant-settings-repository';
import { memoryStore } from '../../support/memory-store';

describe('tenant settings migrations', () => {
  it('lifts an unversioned, partial file to the current version, keeping what it says', () => {
    const result = migrateTenantSettings({ serviceDesk: { name: 'Contoso IT', phone: '+49 30 1234' }, defaults: { autoHideSeconds: 60 } });
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!result.ok) return;
    expect(result.settings.version).toBe(1);
    expect(result.settings.serviceDesk).toEqual({ name: 'Contoso IT', email: '', phone: '+49 30 1234', portalUrl: '' });
    expect(result.settings.defaults).toEqual({ ...defaultTenantSettings().defaults, autoHideSeconds: 60 });
  });

  it('reads the current version as it is', () => {
    expect(migrateTenantSettings(defaultTenantSettings())).toEqual({ ok: true, settings: defaultTenantSettings(), migratedFrom: null });
  });

  it.each([
    ['not an object', 'oops', /not a settings object/],
    ['a newer version', { ...defaultTenantSettings(), version: 7 }, /newer TAP Desk/],
    ['a value out of range', { defaults: { clipboardClearSeconds: 1 } }, /defaults\.clipboardClearSeconds/],
    ['a malformed colour', { branding: { accentColor: 'red' } }, /branding\.accentColor/],
  ])('refuses %s with the reason', (_name, stored, reason) => {
    const result = migrateTenantSettings(stored);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('tenant settings repository', () => {
  it('gives defaults for a tenant without settings and keeps tenants apart', () => {
    const repository = new TenantSettingsRepository(memoryStore());
    const changed = { ...defaultTenantSettings(), languages: { defaultLanguage: 'de', byUsageLocation: {} } };
    repository.save('contoso', changed);
    expect(repository.load('contoso')).toEqual({ settings: changed, problem: null });
    expect(repository.load('fabrikam')).toEqual({ settings: defaultTenantSettings(), problem: null });
  });

  it('shows defaults with the reason for an unreadable entry, keeps the entry until a save replaces it', () => {
    const store = memoryStore();
    store.set('tenantSettings.contoso', { defaults: { autoHideSeconds: 'soon' } });
    const repository = new TenantSettingsRepository(store);
    const view = repository.load('contoso');
    expect(view.settings).toEqual(defaultTenantSettings());
    expect(view.problem).toMatch(/could not be read \(defaults\.autoHideSeconds/);
    expect(store.get('tenantSettingsUnreadable.contoso')).toEqual({ defaults: { autoHideSeconds: 'soon' } });
    repository.save('contoso', defaultTenantSettings());
    expect(repository.load('contoso').problem).toBeNull();
    expect(store.get('tenantSettingsUnreadable.contoso')).toBeUndefined();
  });

  it('writes a migrated entry back in the current version', () => {
    const store = memoryStore();
    store.set('tenantSettings.contoso', { branding: { displayName: 'Contoso' } });
    new TenantSettingsRepository(store).load('contoso');
    expect(store.get('tenantSettings.contoso')).toMatchObject({ version: 1, branding: { displayName: 'Contoso', accentColor: '#0F6CBD' } });
  });
});
