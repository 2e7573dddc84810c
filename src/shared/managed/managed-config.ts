import { z } from 'zod';
import { tenantProfileSchema } from '../accounts';
import { settingLocksSchema } from '../settings';

/** The version of the file's format this TAP Desk reads; a file of another version is set aside whole. */
export const MANAGED_CONFIG_VERSION = 1;

/** The built-in demo tenant's profile id, which an organisation's profile cannot take. */
const DEMO_PROFILE_ID = 'demo';

/** A tenant profile the organisation provides, and the settings it fixes for that profile alone. */
export const managedProfileSchema = tenantProfileSchema.extend({ lockedSettings: settingLocksSchema.optional() });
export type ManagedProfile = z.infer<typeof managedProfileSchema>;

/**
 * The machine-wide file an IT department deploys: profiles every technician on the machine finds ready, settings
 * fixed for every profile (`lockedSettings`) or for one (`profiles[].lockedSettings`, which wins), and whether
 * demo mode may start. Unknown keys are refused, so a misspelt lock is reported instead of silently not applying.
 */
export const managedConfigSchema = z
  .strictObject({
    version: z.literal(MANAGED_CONFIG_VERSION),
    profiles: z.array(managedProfileSchema).max(100).optional(),
    lockedSettings: settingLocksSchema.optional(),
    /** False: `--demo` is refused and the app starts against the real tenants. */
    allowDemoMode: z.boolean().optional(),
  })
  .superRefine((config, context) => {
    const seen = new Set<string>();
    (config.profiles ?? []).forEach((profile, index) => {
      const path = ['profiles', index, 'id'];
      if (profile.id === DEMO_PROFILE_ID) context.addIssue({ code: 'custom', path, message: 'reserved_id', params: { code: 'reserved_id', id: profile.id } });
      else if (seen.has(profile.id)) context.addIssue({ code: 'custom', path, message: 'duplicate_id', params: { code: 'duplicate_id', id: profile.id } });
      seen.add(profile.id);
    });
  });
export type ManagedConfig = z.infer<typeof managedConfigSchema>;

/** The rules the schema states in custom issues, carried in the issue's `params`. */
export type ManagedIssueParams = { code: 'reserved_id' | 'duplicate_id'; id: string };
