import type { LockableSetting } from '../../../../shared';
import type { SettingsForm } from './settings-form';

/** The form fields that hold each setting the organisation can lock. */
const fieldsOf: Record<LockableSetting, readonly (keyof SettingsForm)[]> = {
  'defaults.autoHideSeconds': ['autoHideSeconds'],
  'defaults.clipboardClearSeconds': ['clipboardClearSeconds'],
  'defaults.isUsableOnce': ['isUsableOnce'],
  'notifications.enabled': ['notificationsEnabled'],
  // With the pass forbidden, its acknowledgement has nothing left to confirm.
  'notifications.passInMail.enabled': ['passInMail', 'passAcknowledged'],
  'journal.retentionMonths': ['journalRetentionMonths'],
  'bulk.holdMinutes': ['bulkHoldMinutes'],
};

export const isLockedField = (locked: readonly LockableSetting[], field: keyof SettingsForm): boolean => locked.some((setting) => fieldsOf[setting].includes(field));

/** `form` with every locked field taken from `from`, so that filling the form in (defaults, an import) leaves the organisation's values. */
export const keepLockedFields = (form: SettingsForm, from: SettingsForm, locked: readonly LockableSetting[]): SettingsForm =>
  locked.flatMap((setting) => fieldsOf[setting]).reduce((kept, field) => ({ ...kept, [field]: from[field] }), form);
