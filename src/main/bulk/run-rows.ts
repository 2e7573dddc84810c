import type { CohortRowResult } from '../../shared';

/** A checked row the technician chose to issue, as the run sends it. */
export interface PlannedRow {
  line: number;
  userId: string;
  action: 'issue' | 'replace';
  /** The pass the technician saw during the check (null: none); only that one may be replaced. */
  expectedPassId: string | null;
  body: { lifetimeInMinutes?: number; isUsableOnce?: boolean; startDateTime?: string };
}

/** How a row ended; `code` only with issued, for main's memory (the caller holds it, never logs it). */
export interface RowEnd {
  result: CohortRowResult;
  code: string | null;
}
