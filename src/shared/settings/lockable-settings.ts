import { z } from 'zod';

/** Every setting a lock can fix, by its dotted path in the tenant settings (the paths an import review names). */
export const lockableSettings = [
  'defaults.autoHideSeconds',
  'defaults.clipboardClearSeconds',
  'defaults.isUsableOnce',
  'notifications.enabled',
  'notifications.passInMail.enabled',
  'journal.retentionMonths',
  'bulk.holdMinutes',
] as const;
export const lockableSettingSchema = z.enum(lockableSettings);
export type LockableSetting = z.infer<typeof lockableSettingSchema>;
