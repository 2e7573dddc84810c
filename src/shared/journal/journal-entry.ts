import { z } from 'zod';
import { errorCodeSchema, passStateSchema } from '../errors';
import { unknownOutcomeCauseSchema } from '../issuing';
import { journalBreakSchema } from './journal-integrity';

/**
 * What the desk did, one entry per act; `refused` is Graph or pre-flight saying no, `failed` any other error.
 * `break_found` records that the check on opening found the journal changed, before the next entry seals over it.
 */
export const journalActionSchema = z.enum(['issued', 'replaced', 'revoked', 'notice_sent', 'slip_printed', 'slip_saved', 'refused', 'failed', 'break_found']);
export type JournalAction = z.infer<typeof journalActionSchema>;

/** The act the entry is about, where one action covers several (a failed create and a failed revoke). */
export const journalActSchema = z.enum(['create', 'revoke', 'notice', 'slip', 'check']);
export type JournalAct = z.infer<typeof journalActSchema>;

export const journalPersonSchema = z.object({ id: z.string(), userPrincipalName: z.string(), displayName: z.string() });
export type JournalPerson = z.infer<typeof journalPersonSchema>;

/**
 * One act at this desk, as the journal keeps it: who did what to whom, with which options, and how it ended.
 * It never holds the pass itself.
 */
export const journalEntrySchema = z.object({
  technician: z.object({ id: z.string(), userPrincipalName: z.string() }),
  person: journalPersonSchema,
  action: journalActionSchema,
  act: journalActSchema,
  /** The pass the act was about (issued, replaced by it, revoked, printed), when known. */
  passId: z.string().nullable(),
  /** With `replaced`: the pass the new one replaced. */
  replacedPassId: z.string().nullable(),
  options: z
    .object({
      lifetimeInMinutes: z.number().int().nullable(),
      isUsableOnce: z.boolean().nullable(),
      /** The pass's start; null for "at once". */
      startDateTime: z.string().nullable(),
    })
    .nullable(),
  /** With `refused` and `failed`: the stable error code and Graph's request id, for the service desk. */
  error: z.object({ code: errorCodeSchema, requestId: z.string().nullable() }).nullable(),
  /** After an unknown outcome: what reading the service's state found, and, when a pass was issued again, why. */
  reconciliation: z.object({ passState: passStateSchema.nullable(), recoveredFrom: unknownOutcomeCauseSchema.nullable() }).nullable(),
  /** Methods the person had when the pass was issued, so that a later status can tell which are new. */
  methodIdsBefore: z.array(z.string()).nullable(),
  /** With `break_found`: what the check found (its person is empty: the entry is about the journal). */
  breakFound: journalBreakSchema.optional(),
  /** The act was one row of a cohort issued together: which run, and how many rows it issued or tried to. */
  cohort: z.object({ id: z.uuid(), size: z.number().int().positive() }).optional(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** An entry as read back from the journal, with its place in the chain and when it was written. */
export const journalRecordSchema = journalEntrySchema.extend({ seq: z.number().int().positive(), at: z.iso.datetime() });
export type JournalRecord = z.infer<typeof journalRecordSchema>;
