import { z } from 'zod';
import { profileIdSchema } from '../accounts';
import { input, type ContractSlice } from '../contract-slice';
import type { settingsChannels } from './channels';
import { lockableSettingSchema } from './lockable-settings';
import { logoFileSchema, tenantSettingsFieldsSchema, tenantSettingsSchema, tenantSettingsViewSchema } from './tenant-settings';

export const settingsContract = {
  'settings:get': { input: input({ profileId: profileIdSchema }), output: tenantSettingsViewSchema },
  'settings:save': { input: input({ profileId: profileIdSchema, settings: tenantSettingsSchema }), output: tenantSettingsViewSchema },
  /**
   * Checks a logo image (format, bytes, declared pixels) and holds it in main's memory; its file in TAP Desk's data
   * folder is written only when settings that refer to it are saved.
   */
  'settings:logo': {
    input: input({ profileId: profileIdSchema, dataUrl: z.string().max(1_000_000) }),
    output: z.object({ logoFile: logoFileSchema, logoDataUrl: z.string() }),
  },
  /** Saves the tenant's saved settings and templates as a JSON file (no secrets). */
  'settings:export': { input: input({ profileId: profileIdSchema }), output: z.object({ savedTo: z.string().nullable() }) },
  /** Validates an exported file and lists what it would change; nothing is saved until the technician saves. */
  'settings:import': {
    input: input({ profileId: profileIdSchema, text: z.string().max(2_000_000) }),
    output: z.object({
      /** Fields only, as in the view: the organisation's locks are applied to what the file holds. */
      settings: tenantSettingsFieldsSchema,
      logoDataUrl: z.string().nullable(),
      changes: z.array(z.object({ path: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
      /** Locked settings the file would have changed, left as the organisation set them; absent when none. */
      lockedLeft: z.array(lockableSettingSchema).optional(),
    }),
  },
} satisfies ContractSlice<typeof settingsChannels>;
