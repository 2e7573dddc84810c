import { z } from 'zod';
import { input, type ContractSlice } from '../contract-slice';
import { issuedPassSchema } from '../issuing';
import type { bulkChannels, bulkEventNames } from './channels';
import { cohortCheckSchema, cohortPersonSchema } from './cohort-findings';
import { cohortNoticePreviewSchema, cohortNoticeRecipientSchema, cohortNoticeResultSchema } from './cohort-handover';
import { cohortRowsSchema, MAX_COHORT_ROWS } from './cohort-rows';
import { cohortCommandSchema, cohortIssueInputSchema, cohortProgressSchema, cohortRunSchema } from './cohort-run';

const cohortId = z.uuid();
const line = z.number().int().positive();
/** A calendar day, as HR enters a hire date. */
const day = z.iso.date();

export const bulkContract = {
  /** People whose `employeeHireDate` falls within the two days (both included), at most a cohort's worth. */
  'bulk:hires': {
    input: input({ from: day, to: day }),
    output: z.object({ people: z.array(cohortPersonSchema).max(MAX_COHORT_ROWS), more: z.boolean() }),
  },
  /** Finds every row's person and what stands in the way of a pass, through `$batch`; progress as `event:bulk-progress`. */
  'bulk:check': { input: input({ rows: cohortRowsSchema }), output: cohortCheckSchema },
  /** Issues the chosen rows of a checked cohort; answers when every row has ended, or the run was cancelled. */
  'bulk:issue': { input: cohortIssueInputSchema, output: cohortRunSchema },
  /** Pauses, resumes or cancels the cohort's running check or run; false when nothing was running. */
  'bulk:control': { input: input({ cohortId, command: cohortCommandSchema }), output: z.boolean() },
  /**
   * The pass of one issued row, for the handoff screen of the single flow: main moves its code from the batch to
   * the screen's keeper, so the batch no longer holds it.
   */
  'bulk:hand-over': { input: input({ cohortId, line }), output: issuedPassSchema },
  /**
   * One slip per person, each on its own page in that person's language, for the rows still held (or the lines
   * given): printed through the dialog, or saved as one PDF the technician names.
   */
  'bulk:sheet': {
    input: input({ cohortId, output: z.enum(['print', 'pdf']), lines: z.array(line).max(MAX_COHORT_ROWS).optional() }),
    output: z.object({ done: z.boolean(), savedTo: z.string().nullable(), pages: z.number().int().nonnegative() }),
  },
  /** The batch's notice as the first row would get it, and who each row's notice would reach. */
  'bulk:notify-preview': { input: input({ cohortId, recipient: cohortNoticeRecipientSchema }), output: cohortNoticePreviewSchema },
  /** Sends each row's notice, without the pass, from the tenant's template in the row's language. */
  'bulk:notify': {
    input: input({ cohortId, recipient: cohortNoticeRecipientSchema, lines: z.array(line).min(1).max(MAX_COHORT_ROWS) }),
    output: z.array(cohortNoticeResultSchema),
  },
  /** Wipes every pass the batch still holds and forgets it. */
  'bulk:close': { input: input({ cohortId }), output: z.boolean() },
} satisfies ContractSlice<typeof bulkChannels>;

export const bulkEvents = {
  'event:bulk-progress': cohortProgressSchema,
} satisfies Record<(typeof bulkEventNames)[number], z.ZodType>;
