import { z } from 'zod';
import type { Channel, channels } from './channels';
import {
  createTapInputSchema,
  issuedPassSchema,
  passIdSchema,
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

/** Inputs refuse keys they do not declare: a payload either means exactly this or nothing. */
const input = z.strictObject;
const accountRef = input({ profileId: profileIdSchema, homeAccountId: z.string().min(1).max(512) });
const none = z.void();

/** The one typed contract between renderer and main: input is parsed in main, output is what main returns. */
export const contract = {
  'session:get': { input: none, output: sessionSchema },
  'profiles:save': { input: tenantProfileInputSchema, output: tenantProfileSchema },
  'profiles:remove': { input: input({ profileId: profileIdSchema }), output: sessionSchema },
  'settings:get': { input: input({ profileId: profileIdSchema }), output: tenantSettingsViewSchema },
  'settings:save': { input: input({ profileId: profileIdSchema, settings: tenantSettingsSchema }), output: tenantSettingsViewSchema },
  /** Copies a logo image into TAP Desk's data folder; the settings refer to the copy once saved. */
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
      settings: tenantSettingsSchema,
      logoDataUrl: z.string().nullable(),
      changes: z.array(z.object({ path: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
    }),
  },
  'auth:sign-in': { input: input({ profileId: profileIdSchema, loginHint: z.string().max(256).optional() }), output: signedInAccountSchema },
  'auth:cancel-sign-in': { input: none, output: z.boolean() },
  'auth:switch': { input: accountRef, output: signedInAccountSchema },
  'auth:sign-out': { input: accountRef, output: sessionSchema },
  'users:search': {
    input: input({ query: z.string().trim().min(1).max(120), top: z.number().int().min(1).max(50).optional() }),
    output: z.object({ users: z.array(userSummarySchema) }),
  },
  'tap:prepare': { input: input({ userId: userIdSchema }), output: tapContextSchema },
  'tap:create': { input: createTapInputSchema, output: issuedPassSchema },
  'tap:status': { input: input({ userId: userIdSchema }), output: passStatusSchema },
  'tap:revoke': { input: input({ userId: userIdSchema, passId: passIdSchema }), output: z.boolean() },
  /** Stops waiting for a create or revoke for this person; main then reads what the service holds and says so. */
  'tap:cancel': { input: input({ userId: userIdSchema }), output: z.boolean() },
  /**
   * Main writes the pass it issued to the clipboard and clears it later if it still holds it. Passes are named
   * by id: main keeps the code it issued until the screen forgets it, and never takes one from the renderer.
   */
  'handoff:copy-pass': { input: input({ passId: passIdSchema }), output: z.object({ clearAfterSeconds: z.number().int().positive() }) },
  /** The pass left the screen: main forgets its code too (and takes it off the clipboard if still there). */
  'handoff:forget': { input: input({ passId: passIdSchema }), output: z.boolean() },
  /** The window is content-protected while a pass is on screen. */
  'handoff:visible': { input: input({ visible: z.boolean() }), output: z.boolean() },
  /** The printed slip for the pass just issued: through the print dialog, or saved as a PDF. */
  'handoff:slip': {
    input: input({ userId: userIdSchema, passId: passIdSchema, output: z.enum(['print', 'pdf']) }),
    output: z.object({ done: z.boolean(), savedTo: z.string().nullable() }),
  },
  /** Renders the notice exactly as it would be sent, for the preview. */
  'notify:prepare': { input: prepareNotificationInputSchema, output: notificationDraftSchema },
  /** Sends a previewed draft; a failure keeps it for another try. */
  'notify:send': { input: input({ draftId: z.uuid() }), output: notificationSentSchema },
  /** Asks the technician, in the browser, for the mail permission this tenant's sender needs. */
  'notify:consent': { input: none, output: z.boolean() },
  /** Forgets a previewed draft in main, e.g. one that held the pass once the pass is off the screen. */
  'notify:discard': { input: input({ draftId: z.uuid() }), output: z.boolean() },
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.infer<Contract[C]['output']>;

type MethodOf<C extends Channel> = InputOf<C> extends void
  ? () => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The shape of `window.tapdesk`. */
export type TapDeskApi = { [C in Channel as (typeof channels)[C]]: MethodOf<C> };
