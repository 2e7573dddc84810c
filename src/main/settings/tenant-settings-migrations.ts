import { defaultTenantSettings, tenantSettingsSchema, type TenantSettings } from '../../shared';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fills what a partial object leaves out from `base`, section by section; what it has wins, keys of its own included. */
const overlay = (base: Raw, partial: Raw): Raw => ({
  ...partial,
  ...Object.fromEntries(
    Object.entries(base).map(([key, value]) => [key, isObject(value) && isObject(partial[key]) ? overlay(value, partial[key]) : (partial[key] ?? value)]),
  ),
});

/**
 * Each step lifts a stored object one version. Version 0 is what was written before settings carried a
 * version (and what people write by hand): any subset of the sections, completed from the defaults.
 */
const steps: Record<number, (stored: Raw) => Raw> = {
  0: (stored) => ({ ...overlay(defaultTenantSettings(), stored), version: 1 }),
  /**
   * Version 2 added notifications and the logo: a version 1 file gets the shipped templates, switched off.
   * Nothing else is overlaid, so entries removed from the language map on purpose stay removed.
   */
  1: (stored) => {
    const defaults = defaultTenantSettings();
    return {
      ...stored,
      version: 2,
      branding: overlay(defaults.branding, isObject(stored.branding) ? stored.branding : {}),
      notifications: isObject(stored.notifications) ? overlay(defaults.notifications, stored.notifications) : defaults.notifications,
    };
  },
  /** Version 3 added the journal's retention. */
  2: (stored) => ({ ...stored, version: 3, journal: overlay(defaultTenantSettings().journal, isObject(stored.journal) ? stored.journal : {}) }),
  /** Version 4 added how long a cohort's passes are held. */
  3: (stored) => ({ ...stored, version: 4, bulk: overlay(defaultTenantSettings().bulk, isObject(stored.bulk) ? stored.bulk : {}) }),
};

export const CURRENT_VERSION = 4;

export type MigrationResult = { ok: true; settings: TenantSettings; migratedFrom: number | null } | { ok: false; reason: string };

export const migrateTenantSettings = (stored: unknown): MigrationResult => {
  if (!isObject(stored)) return { ok: false, reason: 'it is not a settings object' };
  const from = stored.version === undefined ? 0 : stored.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) return { ok: false, reason: 'its version is not a number' };
  if (from > CURRENT_VERSION) return { ok: false, reason: `it was written by a newer TAP Desk (version ${from})` };
  let current = stored;
  for (let version = from; version < CURRENT_VERSION; version += 1) {
    const step = steps[version];
    if (!step) return { ok: false, reason: `no way to read version ${version}` };
    current = step(current);
  }
  const parsed = tenantSettingsSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'a value'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, settings: parsed.data, migratedFrom: from === CURRENT_VERSION ? null : from };
};
