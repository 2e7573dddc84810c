import { z } from 'zod';
import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES } from '../issuing';
import { languageTagSchema } from '../languages';

/** A cohort is at most this many people: a season's hires at a large site, checked and issued in one run. */
export const MAX_COHORT_ROWS = 1000;

/**
 * What a row's key is: a sign-in name, a mail address, an employee id from HR, or (from a hire-date range) the
 * directory object id Graph returned.
 */
export const cohortKeyKindSchema = z.enum(['userPrincipalName', 'mail', 'employeeId', 'id']);
export type CohortKeyKind = z.infer<typeof cohortKeyKindSchema>;

/** Options a row may carry from its own columns; an absent option takes the batch's choice. */
export const cohortRowOptionsSchema = z.strictObject({
  lifetimeInMinutes: z.number().int().min(MIN_LIFETIME_MINUTES).max(MAX_LIFETIME_MINUTES).optional(),
  /** ISO 8601 with offset. */
  startDateTime: z.iso.datetime({ offset: true }).optional(),
  isUsableOnce: z.boolean().optional(),
  /** The language of this person's slip and notice, instead of the one their profile and the tenant choose. */
  language: languageTagSchema.optional(),
  /** Send this person's manager the notice. */
  notifyManager: z.boolean().optional(),
});
export type CohortRowOptions = z.infer<typeof cohortRowOptionsSchema>;

/** One person of the list as the technician mapped it: where it came from, who it names, and its own options. */
export const cohortRowSchema = cohortRowOptionsSchema.extend({
  /** The line in the file or paste (1 is the header), or the position in a hire-date list. */
  line: z.number().int().positive(),
  key: z.string().trim().min(1).max(256),
  keyKind: cohortKeyKindSchema,
});
export type CohortRow = z.infer<typeof cohortRowSchema>;

/** Rows are told apart by their line: a list with a line twice means nothing. */
export const cohortRowsSchema = z
  .array(cohortRowSchema)
  .min(1)
  .max(MAX_COHORT_ROWS)
  .refine((rows) => new Set(rows.map((row) => row.line)).size === rows.length, { message: 'duplicate_line' });
