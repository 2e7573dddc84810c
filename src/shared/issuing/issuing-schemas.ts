import { z } from 'zod';
import { userDetailsSchema, userIdSchema } from '../people';
import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES } from './lifetime';

/** Authentication method ids are GUIDs; anything else could address another Graph path. */
export const passIdSchema = z.guid();

/** A pass as Graph lists it: the secret itself is never part of this. */
export const existingPassSchema = z.object({
  id: z.string(),
  createdDateTime: z.string().nullable(),
  startDateTime: z.string().nullable(),
  lifetimeInMinutes: z.number().int(),
  isUsableOnce: z.boolean(),
  isUsable: z.boolean(),
  methodUsabilityReason: z.string(),
});
export type ExistingPass = z.infer<typeof existingPassSchema>;

export const authMethodSchema = z.object({
  id: z.string(),
  /** The Graph `@odata.type` without its namespace, e.g. `fido2AuthenticationMethod`. */
  type: z.string(),
  /** The kind and device in English, for logs and for a kind the screen has no name for. */
  label: z.string(),
  /** The device, number or address that tells two methods of one kind apart: data, shown as it is. */
  device: z.string().nullable().optional(),
});
export type AuthMethod = z.infer<typeof authMethodSchema>;

export const tapPolicySchema = z.object({
  state: z.enum(['enabled', 'disabled']),
  defaultLifetimeInMinutes: z.number().int(),
  defaultLength: z.number().int(),
  minimumLifetimeInMinutes: z.number().int(),
  maximumLifetimeInMinutes: z.number().int(),
  isUsableOnce: z.boolean(),
});
export type TapPolicy = z.infer<typeof tapPolicySchema>;

/**
 * Why the form refuses to submit (`block`) or wants the technician to look twice (`warn`); the screen words it
 * from the code and severity.
 */
export const preflightFindingSchema = z.object({
  severity: z.enum(['block', 'warn']),
  code: z.enum([
    'policy_disabled',
    'user_not_in_policy_scope',
    'external_guest',
    'self_target',
    'privileged_target',
    'account_disabled',
    'insufficient_role',
  ]),
});
export type PreflightFinding = z.infer<typeof preflightFindingSchema>;

export const tapContextSchema = z.object({
  user: userDetailsSchema,
  photoDataUrl: z.string().nullable(),
  /** Null when the technician's role may not see this person's methods (then no pass can be issued either). */
  methods: z.array(authMethodSchema).nullable(),
  existingPass: existingPassSchema.nullable(),
  /** Null when the technician's role cannot read the policy; the service still enforces it. */
  policy: tapPolicySchema.nullable(),
  findings: z.array(preflightFindingSchema),
});
export type TapContext = z.infer<typeof tapContextSchema>;

export const createTapInputSchema = z.strictObject({
  userId: userIdSchema,
  lifetimeInMinutes: z.number().int().min(MIN_LIFETIME_MINUTES).max(MAX_LIFETIME_MINUTES).optional(),
  isUsableOnce: z.boolean().optional(),
  /** ISO 8601 with offset; omitted means "now". */
  startDateTime: z.iso.datetime({ offset: true }).optional(),
  /**
   * The pass the technician saw and chose to replace, or null when they saw none. Graph keeps one pass per
   * person, so creating replaces whatever is there: main refuses when that is not this pass.
   */
  replacePassId: passIdSchema.nullable(),
});
export type CreateTapInput = z.infer<typeof createTapInputSchema>;

/** Why a first attempt's outcome was unknown. */
export const unknownOutcomeCauseSchema = z.enum(['network', 'timeout', 'service_unavailable', 'cancelled']);
export type UnknownOutcomeCause = z.infer<typeof unknownOutcomeCauseSchema>;

export const issuedPassSchema = existingPassSchema.extend({
  temporaryAccessPass: z.string(),
  userId: z.string(),
  /** The pass this one really replaced, as read from the service just before creating it. */
  replacedPass: existingPassSchema.nullable(),
  /**
   * Set when a first attempt was carried out but its answer was lost: that pass could never be read (Graph
   * returns the code only in the create answer), so this one was issued in its place.
   */
  recovered: z.object({ unreadablePassId: z.string(), cause: unknownOutcomeCauseSchema }).nullable(),
  /** Where the person registers Authenticator or a passkey, with their sign-in name as login hint. */
  securityInfoUrl: z.string().url(),
});
export type IssuedPass = z.infer<typeof issuedPassSchema>;

/** What polling after the handoff shows: whether the pass was used, and what got registered. */
export const passStatusSchema = z.object({
  existingPass: existingPassSchema.nullable(),
  methods: z.array(authMethodSchema).nullable(),
  checkedAt: z.string(),
});
export type PassStatus = z.infer<typeof passStatusSchema>;
