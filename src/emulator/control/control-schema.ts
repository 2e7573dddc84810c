import { z } from 'zod';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
/** Allowed policy values: https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass#enable-the-temporary-access-pass-policy */
const lifetime = z.number().int().min(10).max(43_200);

export const policyPatchSchema = z.strictObject({
  state: z.enum(['enabled', 'disabled']).optional(),
  defaultLifetimeInMinutes: lifetime.optional(),
  defaultLength: z.number().int().min(8).max(48).optional(),
  minimumLifetimeInMinutes: lifetime.optional(),
  maximumLifetimeInMinutes: lifetime.optional(),
  isUsableOnce: z.boolean().optional(),
  includeTargets: z
    .array(z.strictObject({ targetType: z.literal('group'), id: z.union([guid, z.literal('all_users')]), isRegistrationRequired: z.boolean().default(false) }))
    .optional(),
  excludeTargets: z.array(z.strictObject({ targetType: z.literal('group'), id: guid })).optional(),
});

const nullableText = z.string().nullable().optional();

export const userPatchSchema = z.strictObject({
  displayName: z.string().min(1).optional(),
  givenName: nullableText,
  surname: nullableText,
  userPrincipalName: z.string().min(3).optional(),
  mail: nullableText,
  jobTitle: nullableText,
  department: nullableText,
  companyName: nullableText,
  officeLocation: nullableText,
  city: nullableText,
  country: nullableText,
  usageLocation: z.enum(['DE', 'FR', 'US', 'GB', 'JP', 'BR']).nullable().optional(),
  preferredLanguage: nullableText,
  accountEnabled: z.boolean().optional(),
  userType: z.enum(['Member', 'Guest']).optional(),
  creationType: nullableText,
  mobilePhone: nullableText,
  businessPhones: z.array(z.string()).optional(),
  proxyAddresses: z.array(z.string().regex(/^(smtp|SMTP|x500|X500|sip|SIP):.+/)).optional(),
  employeeId: z.string().min(1).max(16).nullable().optional(),
  /** "The date and time when the user was hired or will start work" (https://learn.microsoft.com/graph/api/resources/user#properties). */
  employeeHireDate: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Role template ids (see src/shared/directory-roles.ts). */
  roleIds: z.array(guid).optional(),
  groupIds: z.array(guid).optional(),
  password: z.string().min(1).nullable().optional(),
  /** Object id of an existing user other than this one, or null for none. */
  managerId: guid.nullable().optional(),
  /** Object ids of existing users granted Send As on this user's mailbox. */
  sendAs: z.array(guid).optional(),
  /** Object ids of existing users granted Full Access on this user's mailbox. */
  fullAccess: z.array(guid).optional(),
});

export const faultSchema = z.strictObject({
  method: z.string().min(1).optional(),
  pathPattern: z.string().min(1).refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, 'pathPattern must be a valid regular expression'),
  status: z.number().int().min(400).max(599).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  drop: z.boolean().optional(),
  afterHandler: z.boolean().optional(),
  times: z.number().int().min(1).optional(),
  cutsBatch: z.boolean().optional(),
  probability: z.number().min(0).max(1).optional(),
});

export const faultSeedSchema = z.strictObject({ seed: z.number().int() });

/** Graph's identity and access limits; numbers left out take the documented ones (see throttling/identity-throttle.ts). */
export const throttlingSchema = z.strictObject({
  enabled: z.boolean(),
  resourceUnitsPer10Seconds: z.number().int().min(1).max(1_000_000).optional(),
  writesPer150Seconds: z.number().int().min(1).max(1_000_000).optional(),
});

/** Another desk's pass for a person, issued through the service's own rules; fields default to the policy's. */
export const otherDeskPassSchema = z.strictObject({
  lifetimeInMinutes: z.number().int().optional(),
  isUsableOnce: z.boolean().optional(),
  /** UPN or object id of the technician at that desk, as the audit log names them; Rafael Costa when omitted. */
  initiatedBy: z.string().min(1).optional(),
});

export const consentSchema = z.strictObject({ scopes: z.array(z.string().min(1)) });
export const userConsentSettingSchema = z.strictObject({ setting: z.enum(['allowed', 'disabled']) });
export const clockSchema = z.strictObject({ offsetMs: z.number().int() });
export const issueTokenSchema = z.strictObject({ username: z.string().min(1), scopes: z.array(z.string().min(1)).optional() });
/** Many people matching one search, as in a large tenant; a letter first, so the name is a word a search finds. */
export const seedPeopleSchema = z.strictObject({
  count: z.number().int().min(1).max(2_000),
  surname: z
    .string()
    .regex(/^\p{L}[\p{L}' -]{0,39}$/u)
    .default('Sample'),
});

const specialCount = z.number().int().min(0).max(2_000).optional();

/** New hires to seed (see seed-cohort.ts); specials left out take their share of the count. */
export const cohortSchema = z.strictObject({
  count: z.number().int().min(1).max(2_000).default(1_000),
  /** The first day, as HR enters it. */
  hireDate: z.iso.date(),
  days: z.number().int().min(1).max(366).default(5),
  seed: z.number().int().default(1),
  specials: z
    .strictObject({ guest: specialCount, disabled: specialCount, privileged: specialCount, excluded: specialCount, holdsPass: specialCount })
    .default({}),
});

export type PolicyPatch = z.input<typeof policyPatchSchema>;
export type CohortOptions = z.input<typeof cohortSchema>;
export type UserPatch = z.input<typeof userPatchSchema>;
export type OtherDeskPass = z.input<typeof otherDeskPassSchema>;
export type IssueTokenOptions = z.input<typeof issueTokenSchema>;
export type SeedPeopleOptions = z.input<typeof seedPeopleSchema>;
export type ThrottlingOptions = z.input<typeof throttlingSchema>;

export const registerMethodSchema = z.strictObject({
  kind: z.enum(['authenticator', 'fido2', 'phone', 'hello', 'email', 'oath']),
});
