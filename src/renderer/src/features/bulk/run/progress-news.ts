import type { CohortProgress } from '../../../../../shared';
import { translate } from '../../../ui/i18n/translate';
import { bulkMessages as m } from '../messages';

/** Progress is read out at each quarter, not at every row: a screen reader would otherwise talk without end. */
const MILESTONES = 4;

const milestone = (progress: CohortProgress | null): number =>
  progress && progress.total > 0 ? Math.floor((progress.done * MILESTONES) / progress.total) : 0;

/** The count as it is read out: rows checked, or rows done with how they ended. */
export const countNews = (progress: CohortProgress): string =>
  progress.phase === 'checking'
    ? translate(m.checkedCount, { done: progress.done, total: progress.total })
    : translate(m.issuedNews, { done: progress.done, total: progress.total, ...progress.counts });

/**
 * What is worth saying aloud between two progress reports: a pause or resume, Microsoft asking to wait, or a
 * quarter of the rows passed. Null when nothing is.
 */
export const progressNews = (before: CohortProgress | null, after: CohortProgress): string | null => {
  const state = before?.state ?? 'running';
  if (after.state !== state) {
    if (after.state === 'paused') return translate(m.pausedNews);
    if (after.state === 'running' && (state === 'paused' || state === 'pausing')) return translate(m.resumedNews);
  }
  if (after.throttledSeconds !== null && (before?.throttledSeconds ?? null) === null) {
    return translate(m.throttled, { seconds: Math.ceil(after.throttledSeconds) });
  }
  const reached = milestone(after);
  return reached > milestone(before) && reached < MILESTONES ? countNews(after) : null;
};
