import { z } from 'zod';

/** How an entry fails the chain: changed in place, missing, cut off mid-line, or the sealed head no longer matches. */
export const journalProblemKindSchema = z.enum(['altered', 'removed', 'truncated', 'seal_mismatch', 'seal_missing', 'unreadable']);
export type JournalProblemKind = z.infer<typeof journalProblemKindSchema>;

/** Where the chain breaks and since when it is intact. */
export const journalBreakSchema = z.object({
  state: z.literal('broken'),
  problem: journalProblemKindSchema,
  /** The month file (`YYYY-MM`) where the chain breaks. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** 1-based line in that file, or null when the break is after its last line (entries cut off the end). */
  line: z.number().int().positive().nullable(),
  /** The sequence number the chain expected there. */
  expectedSeq: z.number().int().positive().nullable(),
  /** Time of the last entry before the break that still checks out, or null when none does. */
  intactUntil: z.iso.datetime().nullable(),
});
export type JournalBreak = z.infer<typeof journalBreakSchema>;

/** The result of checking a profile's journal from its oldest kept entry to the sealed head. */
export const journalIntegritySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('empty') }),
  z.object({
    state: z.literal('intact'),
    /** Time of the oldest entry kept (older months may have been removed by the retention setting). */
    since: z.iso.datetime(),
    entries: z.number().int().nonnegative(),
    /**
     * False when the OS offers no secure storage for the sealing key: the chain still links every entry, but
     * entries cut off at the end could not be told from a journal that simply ends there.
     */
    sealed: z.boolean(),
  }),
  journalBreakSchema,
]);
export type JournalIntegrity = z.infer<typeof journalIntegritySchema>;
