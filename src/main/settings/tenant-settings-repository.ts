import { defaultTenantSettings, type TenantSettings, type TenantSettingsView } from '../../shared';
import type { KeyValueStore } from './key-value-store';
import { migrateTenantSettings } from './tenant-settings-migrations';

const key = (profileId: string) => `tenantSettings.${profileId}`;
const brokenKey = (profileId: string) => `tenantSettingsUnreadable.${profileId}`;

/**
 * Per-tenant settings. Reading never throws and never discards: an unreadable entry is kept aside and
 * defaults are shown with the reason, until the technician saves over it.
 */
export class TenantSettingsRepository {
  constructor(private readonly store: KeyValueStore) {}

  load(profileId: string): TenantSettingsView {
    const stored = this.store.get(key(profileId));
    if (stored === undefined) return { settings: defaultTenantSettings(), problem: null };
    const migrated = migrateTenantSettings(stored);
    if (migrated.ok) {
      if (migrated.migratedFrom !== null) this.store.set(key(profileId), migrated.settings);
      return { settings: migrated.settings, problem: null };
    }
    this.store.set(brokenKey(profileId), stored);
    return {
      settings: defaultTenantSettings(),
      problem: `The saved settings for this tenant could not be read (${migrated.reason}). Defaults are shown; the unreadable copy is kept until you save.`,
    };
  }

  /** The effective settings, for code that only needs values (problems surface on the settings page). */
  settings(profileId: string): TenantSettings {
    return this.load(profileId).settings;
  }

  save(profileId: string, settings: TenantSettings): TenantSettingsView {
    this.store.set(key(profileId), settings);
    this.store.delete(brokenKey(profileId));
    return { settings, problem: null };
  }

  remove(profileId: string): void {
    this.store.delete(key(profileId));
    this.store.delete(brokenKey(profileId));
  }
}
