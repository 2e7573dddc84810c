import { z } from 'zod';
import { cloudIdSchema } from './clouds';

/** Names that would reach an object's prototype when used as a key. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Also names the profile's token-cache file and keys lookups, hence the narrow alphabet. */
export const profileIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'A profile id is letters, digits and dashes')
  .refine((id) => !prototypeKeys.has(id.toLowerCase()), 'That name cannot be a profile id');

/** Authentication method ids are GUIDs; anything else could address another Graph path. */
export const passIdSchema = z.guid();

/** Directory object ids: the renderer only ever sends ids it got from search. */
export const userIdSchema = z.guid();

const guidOrDomain = z
  .string()
  .trim()
  .min(1, 'Enter the tenant ID or a verified domain')
  .max(256)
  // Labels joined by single dots: it becomes a path segment of the sign-in address, where '.' or '..' would not be a tenant.
  .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/, 'A tenant is a GUID or a domain such as contoso.onmicrosoft.com');

export const tenantProfileInputSchema = z.strictObject({
  id: profileIdSchema.optional(),
  label: z.string().trim().min(1, 'Give the profile a name').max(80),
  cloud: cloudIdSchema,
  tenant: guidOrDomain,
  clientId: z.string().trim().pipe(z.guid('The application (client) ID is a GUID')),
});
export type TenantProfileInput = z.infer<typeof tenantProfileInputSchema>;

export const tenantProfileSchema = tenantProfileInputSchema.extend({ id: profileIdSchema });
export type TenantProfile = z.infer<typeof tenantProfileSchema>;

export const signedInAccountSchema = z.object({
  profileId: z.string(),
  homeAccountId: z.string(),
  username: z.string(),
  name: z.string(),
  tenantId: z.string(),
});
export type SignedInAccount = z.infer<typeof signedInAccountSchema>;

export const sessionSchema = z.object({
  profiles: z.array(tenantProfileSchema),
  accounts: z.array(signedInAccountSchema),
  active: signedInAccountSchema.nullable(),
  /** True when the app runs against its built-in emulator tenant. */
  demo: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const userSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  mail: z.string().nullable(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
  accountEnabled: z.boolean().nullable(),
  userType: z.string().nullable(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userDetailsSchema = userSummarySchema.extend({
  usageLocation: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  officeLocation: z.string().nullable(),
});
export type UserDetails = z.infer<typeof userDetailsSchema>;

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
  label: z.string(),
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

/** Why the form refuses to submit (`block`) or wants the technician to look twice (`warn`). */
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
  message: z.string(),
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

export const MIN_LIFETIME_MINUTES = 10;
export const MAX_LIFETIME_MINUTES = 43_200;

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
