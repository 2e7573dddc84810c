import {
  defaultTenantSettings,
  keepUnderneath,
  lockedDifferences,
  lockedSettings,
  tenantSettingsSchema,
  withLocks,
  type SettingLocks,
  type TenantSettings,
  type TenantSettingsView,
} from '../../shared';
import { failure } from '../app-failure';
import type { KeyValueStore } from '../platform/ports';
import type { LogoStore } from './logo-store';
import { migrateTenantSettings } from './tenant-settings-migrations';

const key = (profileId: string) => `tenantSettings.${profileId}`;
const brokenKey = (profileId: string) => `tenantSettingsUnreadable.${profileId}`;

/**
 * Per-tenant settings. Reading never throws and never discards: an unreadable entry is kept aside and
 * defaults are shown with the reason, until the technician saves over it. The settings the organisation locks
 * (managed configuration) read as the organisation set them, whatever is stored: lock, then stored, then default.
 */
export class TenantSettingsRepository {
  constructor(
    private readonly store: KeyValueStore,
    readonly logos: LogoStore,
    /** The organisation's locks on a profile's settings; none by default. */
    readonly locksFor: (profileId: string) => SettingLocks = () => ({}),
  ) {}

  /** `settings` (the tenant's own) as the desk uses them, with what the page shows beside them. */
  private view(profileId: string, settings: TenantSettings, problem: TenantSettingsView['problem']): TenantSettingsView {
    const locks = this.locksFor(profileId);
    const locked = lockedSettings(locks);
    const used = withLocks(settings, locks);
    return { settings: used, problem, logoDataUrl: this.logos.dataUrl(used.branding.logoFile), ...(locked.length > 0 ? { locked } : {}) };
  }

  load(profileId: string): TenantSettingsView {
    const { settings, problem } = this.stored(profileId);
    return this.view(profileId, settings, problem);
  }

  /** What the tenant itself saved, or the defaults, before the organisation's locks. */
  private stored(profileId: string): Pick<TenantSettingsView, 'settings' | 'problem'> {
    const stored = this.store.get(key(profileId));
    if (stored === undefined) return { settings: defaultTenantSettings(), problem: null };
    const migrated = migrateTenantSettings(stored);
    if (migrated.ok) {
      if (migrated.migratedFrom !== null) this.store.set(key(profileId), migrated.settings);
      return { settings: migrated.settings, problem: null };
    }
    this.store.set(brokenKey(profileId), stored);
    return { settings: defaultTenantSettings(), problem: { code: 'stored_unreadable', detail: migrated.reason } };
  }

  /** The effective settings, for code that only needs values (problems surface on the settings page). */
  settings(profileId: string): TenantSettings {
    return withLocks(this.stored(profileId).settings, this.locksFor(profileId));
  }

  /**
   * Saves the tenant's settings. A locked setting must hold the organisation's value; what is stored for it is the
   * tenant's own earlier value, for the day the lock is lifted, unless that no longer fits the rest.
   */
  save(profileId: string, settings: TenantSettings): TenantSettingsView {
    const locks = this.locksFor(profileId);
    const changed = lockedDifferences(settings, locks);
    if (changed.length > 0) {
      throw failure('validation', `The organisation sets ${changed.join(', ')} for this tenant.`, { reason: 'locked_by_organisation', detail: changed.join(', ') });
    }
    const underneath = keepUnderneath(settings, this.stored(profileId).settings, locks);
    const stored = tenantSettingsSchema.safeParse(underneath).success ? underneath : settings;
    // A held logo becomes a file before any saved settings refer to it.
    this.logos.keep(profileId, settings.branding.logoFile);
    this.store.set(key(profileId), stored);
    this.store.delete(brokenKey(profileId));
    this.logos.prune(profileId, settings.branding.logoFile);
    return this.view(profileId, stored, null);
  }

  remove(profileId: string): void {
    this.store.delete(key(profileId));
    this.store.delete(brokenKey(profileId));
    this.logos.prune(profileId, null);
  }
}
