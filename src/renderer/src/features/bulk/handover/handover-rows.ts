import type { CohortCheck, CohortFinding, CohortOutcome, CohortPerson, CohortRowResult, CohortRun } from '../../../../../shared';

/** A row of the run with whom it names, as the check found them. */
export interface HandoverRow {
  line: number;
  /** The sign-in name, mail or employee id as the list gave it. */
  key: string;
  /** Null for a row the check found nobody for. */
  person: CohortPerson | null;
  /** What the check found; null when the check is no longer known. */
  finding: CohortFinding | null;
  result: CohortRowResult;
}

export const handoverRows = (check: CohortCheck | null, run: CohortRun): HandoverRow[] => {
  const checked = new Map((check?.rows ?? []).map((row) => [row.line, row]));
  return run.rows.map((result) => {
    const row = checked.get(result.line);
    return { line: result.line, key: row?.key ?? '', person: row?.person ?? null, finding: row?.finding ?? null, result };
  });
};

/** What the results list shows: everyone, the people still waiting for their pass, or one outcome. */
export type OutcomeFilter = 'all' | 'waiting' | CohortOutcome;

export const outcomeFilters: readonly OutcomeFilter[] = ['all', 'waiting', 'issued', 'skipped', 'refused', 'failed'];

export const isWaiting = (row: HandoverRow): boolean => row.result.held && !row.result.handedOver;

export const matches = (row: HandoverRow, filter: OutcomeFilter): boolean =>
  filter === 'all' ? true : filter === 'waiting' ? isWaiting(row) : row.result.outcome === filter;

/** The name the screen calls the row by: the person's, else the key as the list gave it. */
export const nameOf = (row: HandoverRow): string => row.person?.displayName ?? row.key;

/** Whether the row is the one meant by what the technician typed: any part of the name, sign-in name or key. */
export const answersTo = (row: HandoverRow, query: string): boolean => {
  const wanted = query.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  return [row.person?.displayName, row.person?.userPrincipalName, row.key].some((text) => text?.toLocaleLowerCase().includes(wanted));
};
