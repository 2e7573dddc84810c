import { z } from 'zod';
import type { CohortColumnTarget } from './cohort-columns';

/**
 * What can be wrong with a cohort list, worded by the renderer:
 * - the list: `no_rows` (nothing but blank lines), `too_many_rows` (more than a cohort, with the count),
 *   `no_key_column` (no column is mapped to a sign-in name, mail or employee id);
 * - a record as read: `unclosed_quote` (a quoted cell never closes, so the rest of the text became one cell),
 *   `malformed_quote` (text follows a closing quote);
 * - a row's key: `no_key` (its key cells are empty), `bad_key` (not a sign-in name or mail, or an employee id
 *   longer than the directory keeps), `duplicate_key` (an earlier line names the same key; the first is kept);
 * - a row's options: `bad_lifetime`, `lifetime_out_of_range`, `bad_start`, `ambiguous_start` (a day such as
 *   05/06/2026 that reads either way and nothing says which), `bad_boolean`, `bad_language`.
 */
export const cohortProblemCodeSchema = z.enum([
  'no_rows',
  'too_many_rows',
  'no_key_column',
  'unclosed_quote',
  'malformed_quote',
  'no_key',
  'bad_key',
  'duplicate_key',
  'bad_lifetime',
  'lifetime_out_of_range',
  'bad_start',
  'ambiguous_start',
  'bad_boolean',
  'bad_language',
]);
export type CohortProblemCode = z.infer<typeof cohortProblemCodeSchema>;

/**
 * What a problem costs: the whole list (no rows come out), its row (left out), or only the option (the row keeps
 * the batch's choice for it).
 */
export type CohortProblemEffect = 'list' | 'row' | 'option';

export interface CohortProblem {
  /** The line in the source where the record starts (1-based, quoted line breaks counted). */
  line: number;
  code: CohortProblemCode;
  effect: CohortProblemEffect;
  /** The column's index in the table, from 0. */
  column?: number;
  /** What the column was read as. */
  field?: CohortColumnTarget;
  /** The cell as written, cut to a length a screen can show. */
  value?: string;
  /** `unclosed_quote`, `malformed_quote`: the last line the unreadable record took in, the lines after it read again. */
  throughLine?: number;
  /** `duplicate_key`: the line that keeps the key. */
  firstLine?: number;
  /** `too_many_rows`: how many data rows the list has. */
  count?: number;
}
