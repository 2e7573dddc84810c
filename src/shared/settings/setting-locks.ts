import { z } from 'zod';
import { lockableSettings, type LockableSetting } from './lockable-settings';
import { tenantSettingsFieldsSchema, type TenantSettings } from './tenant-settings';

const { defaults, notifications, journal, bulk } = tenantSettingsFieldsSchema.shape;

/**
 * The tenant settings an organisation may fix for its desks, with the values it fixes them to: the same nesting
 * and limits as the settings. The pass in mails can only be forbidden; allowing it stays each tenant's own
 * acknowledged choice.
 */
export const settingLocksSchema = z
  .strictObject({
    defaults: z
      .strictObject({
        autoHideSeconds: defaults.shape.autoHideSeconds,
        clipboardClearSeconds: defaults.shape.clipboardClearSeconds,
        isUsableOnce: defaults.shape.isUsableOnce,
      })
      .partial(),
    notifications: z
      .strictObject({
        enabled: notifications.shape.enabled,
        passInMail: z.strictObject({ enabled: z.literal(false) }),
      })
      .partial(),
    journal: journal.partial(),
    bulk: bulk.partial(),
  })
  .partial();
export type SettingLocks = z.infer<typeof settingLocksSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const valueAt = (root: unknown, path: LockableSetting): unknown =>
  path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), root);

/** A copy of `root` with `value` at `keys`, every object on the way copied rather than changed. */
const withValueAt = (root: unknown, keys: string[], value: unknown): Record<string, unknown> => {
  const [key, ...rest] = keys as [string, ...string[]];
  const node = isRecord(root) ? root : {};
  return { ...node, [key]: rest.length === 0 ? value : withValueAt(node[key], rest, value) };
};

/** Each locked setting's value taken from `from` into `into`. */
const copyLocked = <T>(into: T, from: unknown, paths: readonly LockableSetting[]): T =>
  paths.reduce((result, path) => withValueAt(result, path.split('.'), valueAt(from, path)) as T, into);

/** The settings a lock object fixes, in the order of `lockableSettings`. */
export const lockedSettings = (locks: SettingLocks): LockableSetting[] => lockableSettings.filter((path) => valueAt(locks, path) !== undefined);

/** Several layers of locks as one; a later layer (a profile's own) wins over an earlier one (every profile's). */
export const mergeLocks = (...layers: SettingLocks[]): SettingLocks =>
  layers.reduce<SettingLocks>((merged, layer) => copyLocked(merged, layer, lockedSettings(layer)), {});

/** The settings as a desk uses them: the organisation's value for each locked setting, the tenant's own for the rest. */
export const withLocks = (settings: TenantSettings, locks: SettingLocks): TenantSettings => copyLocked(settings, locks, lockedSettings(locks));

/** The locked settings whose value in `settings` is not the organisation's. */
export const lockedDifferences = (settings: TenantSettings, locks: SettingLocks): LockableSetting[] =>
  lockedSettings(locks).filter((path) => valueAt(settings, path) !== valueAt(locks, path));

/**
 * `settings` with each locked setting's value taken from `underneath`: what the tenant had before the
 * organisation fixed it, kept for the day the lock is lifted.
 */
export const keepUnderneath = (settings: TenantSettings, underneath: TenantSettings, locks: SettingLocks): TenantSettings =>
  copyLocked(settings, underneath, lockedSettings(locks));
