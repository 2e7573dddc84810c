import { defaultTenantSettings, type TenantSettings, type TenantSettingsView } from '../../shared';
import type { KeyValueStore } from '../platform/ports';
import type { LogoStore } from './logo-store';
import { migrateTenantSettings } from './tenant-settings-migrations';

const key = (profileId: string) => `tenantSettings.${profileId}`;
const brokenKey = (profileId: string) => `tenantSettingsUnreadable.${profileId}`;

/**
 * Per-tenant settings. Reading never throws and never discards: an unreadable entry is kept aside and
 * defaults are shown with the reason, until the technician saves over it.
 */
export class TenantSettingsRepository {
  constructor(
    private readonly store: KeyValueStore,
    readonly logos: LogoStore,
  ) {}

  private view(settings: TenantSettings, problem: TenantSettingsView['problem']): TenantSettingsView {
    return { settings, problem, logoDataUrl: this.logos.dataUrl(settings.branding.logoFile) };
  }

  load(profileId: string): TenantSettingsView {
    return this.read(profileId, { withLogo: true });
  }

  private read(profileId: string, { withLogo }: { withLogo: boolean }): TenantSettingsView {
    const stored = this.store.get(key(profileId));
    const shown = (settings: TenantSettings, problem: TenantSettingsView['problem']) => (withLogo ? this.view(settings, problem) : { settings, problem, logoDataUrl: null });
    if (stored === undefined) return shown(defaultTenantSettings(), null);
    const migrated = migrateTenantSettings(stored);
    if (migrated.ok) {
      if (migrated.migratedFrom !== null) this.store.set(key(profileId), migrated.settings);
      return shown(migrated.settings, null);
    }
    this.store.set(brokenKey(profileId), stored);
    return shown(defaultTenantSettings(), { code: 'stored_unreadable', detail: migrated.reason });
  }

  /** The effective settings, for code that only needs values (problems surface on the settings page). */
  settings(profileId: string): TenantSettings {
    return this.read(profileId, { withLogo: false }).settings;
  }

  save(profileId: string, settings: TenantSettings): TenantSettingsView {
    // A held logo becomes a file before any saved settings refer to it.
    this.logos.keep(profileId, settings.branding.logoFile);
    this.store.set(key(profileId), settings);
    this.store.delete(brokenKey(profileId));
    this.logos.prune(profileId, settings.branding.logoFile);
    return this.view(settings, null);
  }

  remove(profileId: string): void {
    this.store.delete(key(profileId));
    this.store.delete(brokenKey(profileId));
    this.logos.prune(profileId, null);
  }
}
