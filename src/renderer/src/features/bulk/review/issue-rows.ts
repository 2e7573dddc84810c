import { withinRange, type CheckedRow, type CohortIssueRow, type LifetimeRange } from '../../../../../shared';
import type { ResolvedBatch } from './batch-options';
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

/** The batch's start for this row: its hire date when that rule is chosen and the check found one ahead. */
const batchStartOf = (row: CheckedRow, batch: ResolvedBatch): string | null => {
  if (batch.start === 'at') return batch.startDateTime;
  if (batch.start === 'hire') return row.suggestedStart;
  return null;
};

const startOf = (row: CheckedRow, own: RowOwnOptions, batch: ResolvedBatch): string | null => {
  if (own.start === 'now') return null;
  return own.start ?? batchStartOf(row, batch);
};

/** Every row chosen to issue or replace, with the options it goes out with: its own, else the batch's. */
export const issueRowsOf = (
  rows: readonly CheckedRow[],
  choices: Choices,
  overrides: Overrides,
  batch: ResolvedBatch,
  range: LifetimeRange,
): CohortIssueRow[] =>
  rows.flatMap((row) => {
    const action = choiceOf(row, choices);
    if (action === 'skip') return [];
    const own = ownOptionsOf(row, overrides, range);
    const start = startOf(row, own, batch);
    return [
      {
        line: row.line,
        action,
        lifetimeInMinutes: own.lifetimeInMinutes ?? batch.lifetimeInMinutes,
        // A policy that makes every pass one-time refuses a multi-use one, whatever the list asked for.
        isUsableOnce: batch.oneTimeForced || (own.isUsableOnce ?? batch.isUsableOnce),
        ...(start !== null ? { startDateTime: start } : {}),
      },
    ];
  });

/** How many rows to issue start on their hire date under the hire date rule, for the screen to say. */
export const hireStartsAmong = (rows: readonly CheckedRow[], choices: Choices, overrides: Overrides, range: LifetimeRange): number =>
  rows.filter((row) => choiceOf(row, choices) !== 'skip' && row.suggestedStart !== null && ownOptionsOf(row, overrides, range).start === undefined)
    .length;
