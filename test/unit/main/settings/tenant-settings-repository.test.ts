import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../../src/shared';
import { TenantSettingsRepository } from '../../../../src/main/settings/tenant-settings-repository';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogoStore } from '../../../../src/main/settings/logo-store';
import { memoryStore } from '../../../support/memory-store';

const logos = () => new LogoStore(join(mkdtempSync(join(tmpdir(), 'tapdesk-logos-')), 'logos'));
const repositoryOver = (store = memoryStore()) => new TenantSettingsRepository(store, logos());

describe('tenant settings repository', () => {
  it('gives defaults for a tenant without settings and keeps tenants apart', () => {
    const repository = repositoryOver();
    const changed = { ...defaultTenantSettings(), languages: { defaultLanguage: 'de', byUsageLocation: {} } };
    repository.save('contoso', changed);
    expect(repository.load('contoso')).toEqual({ settings: changed, problem: null, logoDataUrl: null });
    expect(repository.load('fabrikam')).toEqual({ settings: defaultTenantSettings(), problem: null, logoDataUrl: null });
  });

  it('shows defaults with the reason for an unreadable entry, keeps the entry until a save replaces it', () => {
    const store = memoryStore();
    store.set('tenantSettings.contoso', { defaults: { autoHideSeconds: 'soon' } });
    const repository = repositoryOver(store);
    const view = repository.load('contoso');
    expect(view.settings).toEqual(defaultTenantSettings());
    expect(view.problem).toEqual({ code: 'stored_unreadable', detail: expect.stringMatching(/^defaults\.autoHideSeconds: /) });
    expect(store.get('tenantSettingsUnreadable.contoso')).toEqual({ defaults: { autoHideSeconds: 'soon' } });
    repository.save('contoso', defaultTenantSettings());
    expect(repository.load('contoso').problem).toBeNull();
    expect(store.get('tenantSettingsUnreadable.contoso')).toBeUndefined();
  });

  it('writes a migrated entry back in the current version', () => {
    const store = memoryStore();
    store.set('tenantSettings.contoso', { branding: { displayName: 'Contoso' } });
    repositoryOver(store).load('contoso');
    expect(store.get('tenantSettings.contoso')).toMatchObject({ version: 4, branding: { displayName: 'Contoso', accentColor: '#0F6CBD', logoFile: null } });
  });
});
