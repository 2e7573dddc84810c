import { choicesFor, cohortFindingSchema, type CheckedRow, type CohortAction, type CohortFinding } from '../../../../../shared';

/** The technician's choice per line, for the rows where it differs from the finding's safe default. */
export type Choices = Readonly<Record<number, CohortAction>>;

/** What a bulk choice does to every row that offers it. */
export type BulkChoice = 'replace_all' | 'skip_findings' | 'issue_disabled';

export type FindingFilter = CohortFinding | 'all';

/** The row's choice: the technician's, else the first the finding offers, which is the safe one. */
export const choiceOf = (row: CheckedRow, choices: Choices): CohortAction => {
  const offered = choicesFor(row.finding);
  const chosen = choices[row.line];
  return chosen !== undefined && offered.includes(chosen) ? chosen : (offered[0] ?? 'skip');
};

/** Whether the technician has anything to decide for the row: a row that can only be skipped has not. */
export const hasChoice = (row: CheckedRow): boolean => choicesFor(row.finding).length > 1;

/** How many rows of each finding there are, in the contract's order, leaving out findings no row has. */
export const findingCounts = (rows: readonly CheckedRow[]): { finding: CohortFinding; count: number }[] =>
  cohortFindingSchema.options
    .map((finding) => ({ finding, count: rows.filter((row) => row.finding === finding).length }))
    .filter(({ count }) => count > 0);

export const rowsShown = (rows: readonly CheckedRow[], filter: FindingFilter): readonly CheckedRow[] =>
  filter === 'all' ? rows : rows.filter((row) => row.finding === filter);

/** The action a bulk choice would give the row, or null when the row does not offer it or is not meant. */
const bulkAction = (row: CheckedRow, bulk: BulkChoice): CohortAction | null => {
  const offered = choicesFor(row.finding);
  const wanted: CohortAction | null =
    bulk === 'replace_all' ? 'replace' : bulk === 'skip_findings' ? (row.finding === 'ready' ? null : 'skip') : row.finding === 'disabled' ? 'issue' : null;
  return wanted !== null && offered.includes(wanted) ? wanted : null;
};

/** The lines a bulk choice would change, so the screen can say how many before it does. */
export const linesChangedBy = (rows: readonly CheckedRow[], choices: Choices, bulk: BulkChoice): number[] =>
  rows.filter((row) => {
    const action = bulkAction(row, bulk);
    return action !== null && action !== choiceOf(row, choices);
  }).map((row) => row.line);

/** Choices after a bulk choice: only rows that offer its action change, every other row keeps its own. */
export const applyBulkChoice = (rows: readonly CheckedRow[], choices: Choices, bulk: BulkChoice): Choices => {
  const changed = Object.fromEntries(
    rows.flatMap((row) => {
      const action = bulkAction(row, bulk);
      return action !== null ? [[row.line, action] as const] : [];
    }),
  );
  return { ...choices, ...changed };
};

/** How many rows go out, and how many of those replace a pass the person holds. */
export const issueCounts = (rows: readonly CheckedRow[], choices: Choices): { issue: number; replace: number } => {
  let issue = 0;
  let replace = 0;
  for (const row of rows) {
    const action = choiceOf(row, choices);
    if (action === 'issue') issue += 1;
    if (action === 'replace') replace += 1;
  }
  return { issue: issue + replace, replace };
};

/** How many passes "Replace every existing pass" replaces: every row that offers it, whatever it was set to. */
export const replaceableCount = (rows: readonly CheckedRow[]): number => rows.filter((row) => choicesFor(row.finding).includes('replace')).length;
