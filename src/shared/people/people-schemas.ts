import { z } from 'zod';

/** Directory object ids: the renderer only ever sends ids it got from search. */
export const userIdSchema = z.guid();

/**
 * Names the next page of a search. Main keeps Graph's link to that page and hands the screen only this random id,
 * so the renderer can never make main fetch a URL of its choosing.
 */
export const searchPageTokenSchema = z.uuid();

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
