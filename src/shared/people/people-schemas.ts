import { z } from 'zod';

/** Directory object ids: the renderer only ever sends ids it got from search. */
export const userIdSchema = z.guid();

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
