import { z } from 'zod';
import { errorCodeSchema, errorReasonSchema, passStateSchema } from '../errors';
import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES } from '../issuing';
import { existingPassSchema, unknownOutcomeCauseSchema } from '../issuing';
import { MAX_COHORT_ROWS } from './cohort-rows';

/** A row the technician chose to issue, with the options it goes out with (the batch's, or its own). */
export const cohortIssueRowSchema = z.strictObject({
  line: z.number().int().positive(),
  action: z.enum(['issue', 'replace']),
  lifetimeInMinutes: z.number().int().min(MIN_LIFETIME_MINUTES).max(MAX_LIFETIME_MINUTES).optional(),
  isUsableOnce: z.boolean().optional(),
  startDateTime: z.iso.datetime({ offset: true }).optional(),
});
export type CohortIssueRow = z.infer<typeof cohortIssueRowSchema>;

export const cohortIssueInputSchema = z.strictObject({
  cohortId: z.uuid(),
  rows: z
    .array(cohortIssueRowSchema)
    .min(1)
    .max(MAX_COHORT_ROWS)
    .refine((rows) => new Set(rows.map((row) => row.line)).size === rows.length, { message: 'duplicate_line' }),
});
export type CohortIssueInput = z.infer<typeof cohortIssueInputSchema>;

/**
 * How a row ended, exactly one of: issued (one pass the desk can read out, held in main's memory), skipped
 * (the technician's choice, or a run cancelled before it), refused (the service or the check said no, with
 * the reason) or failed (with what is known about the person's pass now).
 */
export const cohortOutcomeSchema = z.enum(['issued', 'skipped', 'refused', 'failed']);
export type CohortOutcome = z.infer<typeof cohortOutcomeSchema>;

export const cohortRowResultSchema = z.object({
  line: z.number().int().positive(),
  outcome: cohortOutcomeSchema,
  /** With `issued`: the pass as Graph listed it, never its code. */
  pass: existingPassSchema.nullable(),
  /** With `issued`: the pass it replaced, as read just before. */
  replacedPassId: z.string().nullable(),
  /** With `issued`: set when a first attempt's answer was lost and this pass was issued in its place. */
  recovered: unknownOutcomeCauseSchema.nullable(),
  /**
   * With `skipped`: the technician chose it, the check's finding left no other choice (a guest, someone not
   * found…), or a cancelled run never reached the row.
   */
  skippedBecause: z.enum(['chosen', 'finding', 'cancelled']).nullable(),
  /** With `refused` and `failed`. */
  error: z
    .object({
      code: errorCodeSchema,
      reason: errorReasonSchema.nullable(),
      requestId: z.string().nullable(),
      /** What reading the service after an unknown outcome found. */
      passState: passStateSchema.nullable(),
    })
    .nullable(),
  /** The code is held in main for the desk queue and the sheet until handed over, the batch closes or its time runs out. */
  held: z.boolean(),
  handedOver: z.boolean(),
});
export type CohortRowResult = z.infer<typeof cohortRowResultSchema>;

export const cohortRunSchema = z.object({
  cohortId: z.uuid(),
  rows: z.array(cohortRowResultSchema),
  cancelled: z.boolean(),
  /** When the passes held for this batch are wiped, whatever happens on screen. */
  heldUntil: z.iso.datetime().nullable(),
});
export type CohortRun = z.infer<typeof cohortRunSchema>;

export const cohortCountsSchema = z.object({
  issued: z.number().int().nonnegative(),
  refused: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
export type CohortCounts = z.infer<typeof cohortCountsSchema>;

/** Where a check or a run is, pushed as it goes. */
export const cohortProgressSchema = z.object({
  cohortId: z.uuid(),
  phase: z.enum(['checking', 'issuing']),
  /** Rows finished, of `total`. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  counts: cohortCountsSchema,
  state: z.enum(['running', 'pausing', 'paused', 'cancelling', 'finished']),
  /** Microsoft asked to wait this long before the next requests (429 Retry-After), else null. */
  throttledSeconds: z.number().nonnegative().nullable(),
  /** Estimated from the pace so far; null until there is a pace. */
  secondsLeft: z.number().nonnegative().nullable(),
});
export type CohortProgress = z.infer<typeof cohortProgressSchema>;

export const cohortCommandSchema = z.enum(['pause', 'resume', 'cancel']);
export type CohortCommand = z.infer<typeof cohortCommandSchema>;
