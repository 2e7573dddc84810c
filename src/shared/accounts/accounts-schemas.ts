import { z } from 'zod';
import { cloudIdSchema } from '../clouds';

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
