import type { bulkChannels } from '../../shared';
import type { ActiveGraph } from '../accounts';
import type { HandlersFor } from '../ipc/router';
import { findHires } from './cohort-hires';
import type { CohortNotices } from './cohort-notices';
import type { CohortService } from './cohort-service';

export interface BulkDeps {
  activeGraph: () => Promise<ActiveGraph>;
  cohorts: CohortService;
  notices: CohortNotices;
}

export const bulkHandlers = ({ activeGraph, cohorts, notices }: BulkDeps): HandlersFor<typeof bulkChannels> => ({
  'bulk:hires': async ({ from, to }) => findHires((await activeGraph()).api, from, to),
  'bulk:check': ({ rows }) => cohorts.check(rows),
  'bulk:issue': (input) => cohorts.issue(input),
  'bulk:control': async ({ cohortId, command }) => cohorts.control(cohortId, command),
  'bulk:hand-over': ({ cohortId, line }) => cohorts.handOver(cohortId, line),
  'bulk:sheet': ({ cohortId, output, lines }) => cohorts.sheet(cohortId, output, lines),
  'bulk:notify-preview': async ({ cohortId, recipient }) => notices.preview(await cohorts.cohort(cohortId), recipient),
  'bulk:notify': async ({ cohortId, recipient, lines }) => notices.send(await cohorts.cohort(cohortId), recipient, lines),
  'bulk:close': async ({ cohortId }) => cohorts.close(cohortId),
});
