import { z } from 'zod';
import { input, none, type ContractSlice } from '../contract-slice';
import { passIdSchema } from '../issuing';
import { userIdSchema } from '../people';
import type { journalChannels } from './channels';
import { journalRecordSchema } from './journal-entry';
import { journalIntegritySchema } from './journal-integrity';
import { deskPassStatusSchema } from './pass-status';
import { tenantPassesSchema } from './tenant-passes';

/** At most this many passes are followed live at once (50 people is a busy day at one desk; 200 leaves room). */
export const MAX_FOLLOWED_PASSES = 200;
/** The longest range one tenant view or export reads: Entra keeps directory audits for 30 days. */
export const MAX_RANGE_DAYS = 31;

const instant = z.iso.datetime({ offset: true });
const range = { from: instant, to: instant };
const filters = {
  /** Part of a name or sign-in name, as typed. */
  person: z.string().trim().max(100).optional(),
  technician: z.string().trim().max(100).optional(),
};

/** Why the journal could not be written: the act itself was done, only its record is missing. */
export const journalWriteProblemSchema = z.object({ at: z.iso.datetime(), action: z.string() });
export type JournalWriteProblem = z.infer<typeof journalWriteProblemSchema>;

export const journalContract = {
  /**
   * This desk's entries for the active tenant profile from `since` (the start of the technician's day) until
   * `until` (or now), newest first, with the journal's integrity as checked when it was opened and any entry
   * that could not be written.
   */
  'journal:today': {
    input: input({ since: instant, until: instant.optional() }),
    output: z.object({
      entries: z.array(journalRecordSchema),
      integrity: journalIntegritySchema,
      writeProblem: journalWriteProblemSchema.nullable(),
    }),
  },
  /** Where each pass stands now, read in as few `$batch` round trips as Graph allows. */
  'journal:statuses': {
    input: input({
      passes: z.array(z.strictObject({ userId: userIdSchema, passId: passIdSchema })).max(MAX_FOLLOWED_PASSES),
    }),
    output: z.array(deskPassStatusSchema),
  },
  /** Passes issued and deleted in the tenant by anyone, from Entra's audit log merged with this desk's journal. */
  'journal:tenant': { input: input({ ...range, ...filters }), output: tenantPassesSchema },
  /** The merged view (or this desk's journal only) as a CSV file the technician saves; null when they cancelled. */
  'journal:export': {
    input: input({ ...range, ...filters, scope: z.enum(['desk', 'tenant']) }),
    output: z.object({ savedTo: z.string().nullable(), rows: z.number().int().nonnegative() }),
  },
  /** Signs in again asking for AuditLog.Read.All, which the tenant view needs. */
  'journal:consent': { input: none, output: z.boolean() },
} satisfies ContractSlice<typeof journalChannels>;

export const journalEvents = {
  /** An act was done but its journal entry could not be written. */
  'event:journal-problem': journalWriteProblemSchema,
} satisfies Record<'event:journal-problem', z.ZodType>;
