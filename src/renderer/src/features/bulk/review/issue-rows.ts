import { withinRange, type CheckedRow, type CohortIssueRow, type LifetimeRange } from '../../../../../shared';
import type { ResolvedBatch, StartPlan } from './batch-options';
import { hireStartOf } from './hire-start';
import { choiceOf, type Choices } from './review-model';

/**
 * Options one row goes out with instead of the batch's: from its own columns in the list, or as the technician
 * set them for it. An absent option takes the batch's.
 */
export interface RowOwnOptions {
  lifetimeInMinutes?: number;
  isUsableOnce?: boolean;
  /** `now`, or ISO 8601 with offset. */
  start?: 'now' | string;
}

/** The options the technician set per line; they replace what the list said for that line. */
export type Overrides = Readonly<Record<number, RowOwnOptions>>;

/** A lifetime from the list that the tenant's range refuses is dropped, so the batch's applies instead. */
export const droppedListLifetime = (row: CheckedRow, range: LifetimeRange): number | null => {
  const minutes = row.options.lifetimeInMinutes;
  return minutes !== undefined && !withinRange(minutes, range) ? minutes : null;
};

const listOptionsOf = (row: CheckedRow, range: LifetimeRange): RowOwnOptions => {
  const { lifetimeInMinutes, isUsableOnce, startDateTime } = row.options;
  return {
    ...(lifetimeInMinutes !== undefined && droppedListLifetime(row, range) === null ? { lifetimeInMinutes } : {}),
    ...(isUsableOnce !== undefined ? { isUsableOnce } : {}),
    ...(startDateTime !== undefined ? { start: startDateTime } : {}),
  };
};

export const ownOptionsOf = (row: CheckedRow, overrides: Overrides, range: LifetimeRange): RowOwnOptions =>
  overrides[row.line] ?? listOptionsOf(row, range);

export const hasOwnOptions = (own: RowOwnOptions): boolean =>
  own.lifetimeInMinutes !== undefined || own.isUsableOnce !== undefined || own.start !== undefined;

/**
 * Where a row's start comes from: its hire date, the batch's chosen time, its own (from the list or set for it), or
 * none, so it starts at once: as asked, or under the hire date rule without a hire date still ahead.
 */
export type StartKind = 'hire' | 'chosen' | 'own' | 'now' | 'no_hire';

export interface RowStart {
  kind: StartKind;
  /** ISO 8601 with offset; null to start at once. */
  startDateTime: string | null;
}

export const rowStartOf = (row: CheckedRow, own: RowOwnOptions, plan: StartPlan, now: Date): RowStart => {
  if (own.start === 'now') return { kind: 'now', startDateTime: null };
  if (own.start !== undefined) return { kind: 'own', startDateTime: own.start };
  if (plan.start === 'at') return { kind: 'chosen', startDateTime: plan.startDateTime };
  if (plan.start === 'now') return { kind: 'now', startDateTime: null };
  const start = hireStartOf(row.person?.employeeHireDate ?? null, plan.minuteOfDay, now);
  return start === null ? { kind: 'no_hire', startDateTime: null } : { kind: 'hire', startDateTime: start };
};

/** Every row chosen to issue or replace, with the options it goes out with: its own, else the batch's. */
export const issueRowsOf = (
  rows: readonly CheckedRow[],
  choices: Choices,
  overrides: Overrides,
  batch: ResolvedBatch,
  range: LifetimeRange,
  now: Date,
): CohortIssueRow[] =>
  rows.flatMap((row) => {
    const action = choiceOf(row, choices);
    if (action === 'skip') return [];
    const own = ownOptionsOf(row, overrides, range);
    const { startDateTime } = rowStartOf(row, own, batch, now);
    return [
      {
        line: row.line,
        action,
        lifetimeInMinutes: own.lifetimeInMinutes ?? batch.lifetimeInMinutes,
        // A policy that makes every pass one-time refuses a multi-use one, whatever the list asked for.
        isUsableOnce: batch.oneTimeForced || (own.isUsableOnce ?? batch.isUsableOnce),
        ...(startDateTime !== null ? { startDateTime } : {}),
      },
    ];
  });

export type StartCounts = Readonly<Record<StartKind, number>>;

/** How many of the rows to issue start each way, for the screen to say what they really get. */
export const startCountsOf = (
  rows: readonly CheckedRow[],
  choices: Choices,
  overrides: Overrides,
  range: LifetimeRange,
  plan: StartPlan,
  now: Date,
): StartCounts => {
  const counts: Record<StartKind, number> = { hire: 0, chosen: 0, own: 0, now: 0, no_hire: 0 };
  for (const row of rows) {
    if (choiceOf(row, choices) !== 'skip') counts[rowStartOf(row, ownOptionsOf(row, overrides, range), plan, now).kind] += 1;
  }
  return counts;
};
