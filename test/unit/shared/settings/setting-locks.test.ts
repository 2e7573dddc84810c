import { describe, expect, it } from 'vitest';
import {
  defaultTenantSettings,
  keepUnderneath,
  lockableSettings,
  lockedDifferences,
  lockedSettings,
  mergeLocks,
  settingLocksSchema,
  tenantSettingsSchema,
  withLocks,
  type SettingLocks,
} from '../../../../src/shared';

const everyLock: SettingLocks = {
  defaults: { autoHideSeconds: 60, clipboardClearSeconds: 15, isUsableOnce: true },
  notifications: { enabled: true, passInMail: { enabled: false } },
  journal: { retentionMonths: 24 },
  bulk: { holdMinutes: 120 },
};

describe('locks on tenant settings', () => {
  it('can fix exactly the lockable settings, each by its path', () => {
    expect(settingLocksSchema.parse(everyLock)).toEqual(everyLock);
    expect(lockedSettings(everyLock)).toEqual([...lockableSettings]);
    expect(lockedSettings({})).toEqual([]);
    expect(lockedSettings({ journal: {}, bulk: { holdMinutes: 60 } })).toEqual(['bulk.holdMinutes']);
  });

  it('refuses settings that cannot be locked, values out of the settings’ own limits, and allowing the pass in mails', () => {
    expect(settingLocksSchema.safeParse({ serviceDesk: { name: 'IT' } }).success).toBe(false);
    expect(settingLocksSchema.safeParse({ defaults: { lifetimeInMinutes: 60 } }).success).toBe(false);
    expect(settingLocksSchema.safeParse({ journal: { retentionMonths: 0 } }).success).toBe(false);
    expect(settingLocksSchema.safeParse({ notifications: { passInMail: { enabled: true } } }).success).toBe(false);
    expect(settingLocksSchema.safeParse({ notifications: { passInMail: { enabled: false, acknowledged: true } } }).success).toBe(false);
  });

  it('read as the organisation set them, the tenant’s own values kept for the rest', () => {
    const own = defaultTenantSettings();
    own.serviceDesk.name = 'Northwind IT';
    own.notifications.passInMail = { enabled: true, acknowledged: true };
    const used = withLocks(own, everyLock);
    expect(used.notifications).toMatchObject({ enabled: true, passInMail: { enabled: false, acknowledged: true } });
    expect(used.defaults).toMatchObject({ autoHideSeconds: 60, clipboardClearSeconds: 15, isUsableOnce: true, startOffsetMinutes: 0 });
    expect(used.journal.retentionMonths).toBe(24);
    expect(used.bulk.holdMinutes).toBe(120);
    expect(used.serviceDesk.name).toBe('Northwind IT');
    expect(own.journal.retentionMonths).toBe(13);
  });

  it('name the locked settings a value differs in', () => {
    const own = defaultTenantSettings();
    expect(lockedDifferences(own, everyLock)).toEqual(['defaults.autoHideSeconds', 'defaults.clipboardClearSeconds', 'notifications.enabled', 'journal.retentionMonths', 'bulk.holdMinutes']);
    expect(lockedDifferences(withLocks(own, everyLock), everyLock)).toEqual([]);
  });

  it('of one profile win over those of every profile', () => {
    const merged = mergeLocks({ journal: { retentionMonths: 24 }, notifications: { enabled: false } }, { notifications: { enabled: true }, bulk: { holdMinutes: 60 } });
    expect(merged).toEqual({ journal: { retentionMonths: 24 }, notifications: { enabled: true }, bulk: { holdMinutes: 60 } });
  });

  it('keep the tenant’s earlier values underneath', () => {
    const before = defaultTenantSettings();
    before.journal.retentionMonths = 36;
    const submitted = withLocks(defaultTenantSettings(), everyLock);
    submitted.serviceDesk.name = 'New name';
    const kept = keepUnderneath(submitted, before, everyLock);
    expect(kept.journal.retentionMonths).toBe(36);
    expect(kept.notifications.enabled).toBe(false);
    expect(kept.serviceDesk.name).toBe('New name');
    expect(tenantSettingsSchema.safeParse(kept).success).toBe(true);
  });
});
