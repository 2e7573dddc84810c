import { mergeLocks, type ManagedStatus, type SettingLocks, type TenantProfile } from '../../shared';
import type { ManagedLoad } from './managed-config-file';

/** The organisation's configuration as read at start, and whether it turned down a demo start. */
export interface ManagedStart extends ManagedLoad {
  demoRefused: boolean;
}

/** What the rest of main applies: the organisation's profiles, the locks each profile's settings are under, and what to tell the screen. */
export interface ManagedPolicy {
  profiles: TenantProfile[];
  /** Every profile's locks with the profile's own on top; an empty object where nothing is locked. */
  locksFor: (profileId: string) => SettingLocks;
  status: ManagedStatus;
}

const stateOf = (start: ManagedStart): ManagedStatus['state'] => {
  if (start.config) return 'applied';
  return start.problem ? 'ignored' : 'none';
};

export const managedPolicy = (start: ManagedStart | undefined): ManagedPolicy => {
  const config = start?.config ?? null;
  const profiles = (config?.profiles ?? []).map(({ lockedSettings: _locks, ...profile }) => profile);
  const everyProfile = config?.lockedSettings ?? {};
  const ownLocks = new Map((config?.profiles ?? []).map((profile) => [profile.id, profile.lockedSettings ?? {}]));
  return {
    profiles,
    locksFor: (profileId) => mergeLocks(everyProfile, ownLocks.get(profileId) ?? {}),
    status: start
      ? { file: start.file, state: stateOf(start), problem: start.problem, demoRefused: start.demoRefused }
      : { file: null, state: 'none', problem: null, demoRefused: false },
  };
};
