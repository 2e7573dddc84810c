import type { CohortCounts, CohortRowResult, CohortRun } from '../../../../../shared';
import type { Message } from '../../../ui/i18n/define-messages';
import { bulkMessages as m } from '../messages';

export const countsOf = (rows: readonly CohortRowResult[]): CohortCounts => ({
  issued: rows.filter((row) => row.outcome === 'issued').length,
  refused: rows.filter((row) => row.outcome === 'refused').length,
  failed: rows.filter((row) => row.outcome === 'failed').length,
  skipped: rows.filter((row) => row.outcome === 'skipped').length,
});

/** Passes the batch still holds for someone who has not had theirs. */
export const waitingCount = (rows: readonly CohortRowResult[]): number => rows.filter((row) => row.held && !row.handedOver).length;

/**
 * How the run ended, in one sentence: a cancelled run says how far it got and how many of the people chosen
 * have a pass, since the rest must be issued again.
 */
export const summaryText = (run: CohortRun): [Message, Record<string, number>] => {
  if (!run.cancelled) return [m.doneSummary, { ...countsOf(run.rows) }];
  const chosen = run.rows.filter((row) => row.skippedBecause !== 'chosen');
  const reached = chosen.filter((row) => row.skippedBecause !== 'cancelled').length;
  const issued = chosen.filter((row) => row.outcome === 'issued').length;
  return [m.cancelledSummary, { reached, total: chosen.length, issued, notIssued: chosen.length - issued }];
};
