import { z } from 'zod';
import { cloudIdSchema } from '../clouds';
import { deskCapabilitySchema } from './desk-capability';

/** Names that would reach an object's prototype when used as a key. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Also names the profile's token-cache file and keys lookups, hence the narrow alphabet. */
export const profileIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'A profile id is letters, digits and dashes')
  .refine((id) => !prototypeKeys.has(id.toLowerCase()), 'That name cannot be a profile id');

const guidOrDomain = z
  .string()
  .trim()
  .min(1)
  .max(256)
  // Labels joined by single dots: it becomes a path segment of the sign-in address, where '.' or '..' would not be a tenant.
  .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/);

/**
 * What the technician types for a new profile. Its issues carry no sentences: the form words each one from
 * its field and zod issue code (`too_small`, `too_big`, `invalid_format`) in the technician's language.
 */
export const tenantProfileInputSchema = z.strictObject({
  id: profileIdSchema.optional(),
  label: z.string().trim().min(1).max(80),
  cloud: cloudIdSchema,
  tenant: guidOrDomain,
  clientId: z.string().trim().pipe(z.guid()),
});
export type TenantProfileInput = z.infer<typeof tenantProfileInputSchema>;

export const tenantProfileSchema = tenantProfileInputSchema.extend({ id: profileIdSchema });
export type TenantProfile = z.infer<typeof tenantProfileSchema>;

/** A profile as the session lists it: `managed` marks one the organisation provides, which the technician cannot change or remove. */
export const listedProfileSchema = tenantProfileSchema.extend({ managed: z.literal(true).optional() });
export type ListedProfile = z.infer<typeof listedProfileSchema>;

export const signedInAccountSchema = z.object({
  profileId: z.string(),
  homeAccountId: z.string(),
  username: z.string(),
  name: z.string(),
  tenantId: z.string(),
});
export type SignedInAccount = z.infer<typeof signedInAccountSchema>;

export const sessionSchema = z.object({
  profiles: z.array(listedProfileSchema),
  accounts: z.array(signedInAccountSchema),
  active: signedInAccountSchema.nullable(),
  /** True when the app runs against its built-in emulator tenant. */
  demo: z.boolean(),
  /** What the active account's roles allow; absent while no account is active. */
  desk: deskCapabilitySchema.optional(),
});
export type Session = z.infer<typeof sessionSchema>;
