import { z } from 'zod';
import type { Channel, channels } from './channels';
import {
  createTapInputSchema,
  issuedPassSchema,
  passStatusSchema,
  profileIdSchema,
  sessionSchema,
  signedInAccountSchema,
  tapContextSchema,
  tenantProfileInputSchema,
  tenantProfileSchema,
  userIdSchema,
  userSummarySchema,
} from './domain';
import { notificationDraftSchema, notificationSentSchema, prepareNotificationInputSchema } from './notification';
import type { Result } from './result';
import { logoFileSchema, tenantSettingsSchema, tenantSettingsViewSchema } from './tenant-settings';

const accountRef = z.object({ profileId: profileIdSchema, homeAccountId: z.string().min(1).max(512) });
const none = z.void();

/** The one typed contract between renderer and main: input is parsed in main, output is what main returns. */
export const contract = {
  'session:get': { input: none, output: sessionSchema },
  'profiles:save': { input: tenantProfileInputSchema, output: tenantProfileSchema },
  'profiles:remove': { input: z.object({ profileId: profileIdSchema }), output: sessionSchema },
  'settings:get': { input: z.object({ profileId: profileIdSchema }), output: tenantSettingsViewSchema },
  'settings:save': { input: z.object({ profileId: profileIdSchema, settings: tenantSettingsSchema }), output: tenantSettingsViewSchema },
  /** Copies a logo image into TAP Desk's data folder; the settings refer to the copy once saved. */
  'settings:logo': {
    input: z.object({ profileId: profileIdSchema, dataUrl: z.string().max(1_000_000) }),
    output: z.object({ logoFile: logoFileSchema, logoDataUrl: z.string() }),
  },
  /** Saves the tenant's saved settings and templates as a JSON file (no secrets). */
  'settings:export': { input: z.object({ profileId: profileIdSchema }), output: z.object({ savedTo: z.string().nullable() }) },
  /** Validates an exported file and lists what it would change; nothing is saved until the technician saves. */
  'settings:import': {
    input: z.object({ profileId: profileIdSchema, text: z.string().max(2_000_000) }),
    output: z.object({
      settings: tenantSettingsSchema,
      logoDataUrl: z.string().nullable(),
      changes: z.array(z.object({ path: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
    }),
  },
  'auth:sign-in': { input: z.object({ profileId: profileIdSchema, loginHint: z.string().max(256).optional() }), output: signedInAccountSchema },
  'auth:cancel-sign-in': { input: none, output: z.boolean() },
  'auth:switch': { input: accountRef, output: signedInAccountSchema },
  'auth:sign-out': { input: accountRef, output: sessionSchema },
  'users:search': {
    input: z.object({ query: z.string().trim().min(1).max(120), top: z.number().int().min(1).max(50).optional() }),
    output: z.object({ users: z.array(userSummarySchema) }),
  },
  'tap:prepare': { input: z.object({ userId: userIdSchema }), output: tapContextSchema },
  'tap:create': { input: createTapInputSchema, output: issuedPassSchema },
  'tap:status': { input: z.object({ userId: userIdSchema }), output: passStatusSchema },
  'tap:revoke': { input: z.object({ userId: userIdSchema, passId: z.string().min(1).max(128) }), output: z.boolean() },
  /** Main writes the clipboard and clears it later if it still holds the pass. */
  'handoff:copy-pass': { input: z.object({ pass: z.string().min(8).max(48) }), output: z.object({ clearAfterSeconds: z.number().int().positive() }) },
  /** The window is content-protected while a pass is on screen. */
  'handoff:visible': { input: z.object({ visible: z.boolean() }), output: z.boolean() },
  /** The printed slip for the pass just issued: through the print dialog, or saved as a PDF. */
  'handoff:slip': {
    input: z.object({ userId: userIdSchema, pass: z.string().min(8).max(48), output: z.enum(['print', 'pdf']) }),
    output: z.object({ done: z.boolean(), savedTo: z.string().nullable() }),
  },
  /** Renders the notice exactly as it would be sent, for the preview. */
  'notify:prepare': { input: prepareNotificationInputSchema, output: notificationDraftSchema },
  /** Sends a previewed draft; a failure keeps it for another try. */
  'notify:send': { input: z.object({ draftId: z.uuid() }), output: notificationSentSchema },
  /** Asks the technician, in the browser, for the mail permission this tenant's sender needs. */
  'notify:consent': { input: none, output: z.boolean() },
  /** Forgets a previewed draft in main, e.g. one that held the pass once the pass is off the screen. */
  'notify:discard': { input: z.object({ draftId: z.uuid() }), output: z.boolean() },
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.infer<Contract[C]['output']>;

type MethodOf<C extends Channel> = InputOf<C> extends void
  ? () => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The shape of `window.tapdesk`. */
export type TapDeskApi = { [C in Channel as (typeof channels)[C]]: MethodOf<C> };
