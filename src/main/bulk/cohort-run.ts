import type { ExistingPass } from '../../shared';
import { chunks, inParallel, MAX_BATCH_REQUESTS, type BatchAnswer, type BatchGet } from '../graph/graph-batch';
import { createPasses } from './pass-creates';
import { readPasses } from './pass-reads';
import { cancelledEnd, errorEnd } from './row-ends';
import type { RunControl } from './run-control';
import { BATCHES_IN_FLIGHT, RunPacing } from './run-pacing';
import { runRound, type RunContext } from './run-round';
import type { PlannedRow, RowEnd } from './run-rows';
import { RunTally, type RunProgress } from './run-tally';

export type { PlannedRow, RowEnd } from './run-rows';

export interface RunDeps {
  /** One round trip of up to 20 requests that the client does not repeat after a 503 (`sendBatch` with `write`). */
  send: (requests: BatchGet[]) => Promise<Map<string, BatchAnswer>>;
  control: RunControl;
  onProgress: (progress: RunProgress) => void;
  /** Called as each row ends (not for skipped ones), e.g. to write the journal and hold the code. */
  onRowEnd: (row: PlannedRow, end: RowEnd) => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Whether the pass the person holds now stands in the way: only the pass the technician saw at the check may be
 * replaced, and only when they chose Replace. None there (the one seen was used up or revoked since) is no
 * obstacle. Null when the run may create.
 */
const obstacle = (row: PlannedRow, current: ExistingPass | null): RowEnd | null => {
  if (!current || (current.id === row.expectedPassId && row.action === 'replace')) return null;
  const unchosen = current.id === row.expectedPassId || (row.expectedPassId === null && row.action === 'issue');
  return errorEnd(row.line, { code: unchosen ? 'pass_exists' : 'pass_changed' }, null);
};

/** One lane's chunk: one batch reading everyone's pass, then the creates for those it stands in no one's way. */
const issueChunk = async (run: RunContext, rows: readonly PlannedRow[]): Promise<void> => {
  const reads = await readPasses(run, rows, true);
  if (!reads) {
    for (const row of rows) await run.end(row, cancelledEnd(row.line));
    return;
  }
  const starts: { row: PlannedRow; before: ExistingPass | null }[] = [];
  for (const [row, read] of reads) {
    if (!Array.isArray(read)) {
      await run.end(row, errorEnd(row.line, read, { outcome: 'not_created', previousPass: 'unknown' }));
      continue;
    }
    const before = read[0] ?? null;
    const stop = obstacle(row, before);
    if (stop) await run.end(row, stop);
    else starts.push({ row, before });
  }
  await createPasses(run, starts);
};

/** Later rows naming a person an earlier row names: two creates for one person would replace each other. */
const repeatedPeople = (rows: readonly PlannedRow[]): Set<PlannedRow> => {
  const seen = new Set<string>();
  return new Set(
    rows.filter((row) => {
      const key = row.userId.toLowerCase();
      const repeated = seen.has(key);
      seen.add(key);
      return repeated;
    }),
  );
};

/**
 * Issues a pass to every planned row through `$batch`, a few batches in flight under one pace, so that each row
 * ends exactly once: issued (one pass whose code came back), refused, failed (with what the service holds now),
 * or skipped when a cancel came before the row was sent. Pause waits between batches; a batch already sent is
 * always answered and used. Never throws: what goes wrong is a row's end.
 */
export const runCohort = async (deps: RunDeps, rows: PlannedRow[]): Promise<Map<number, RowEnd>> => {
  const { control, onProgress, onRowEnd } = deps;
  const now = deps.now ?? Date.now;
  const tally = new RunTally(rows.length, control, now);
  const report = () => {
    try {
      onProgress(tally.progress(pacing.throttledSeconds()));
    } catch {
      // The screen not hearing of progress does not stop the run, which answers in full at its end.
    }
  };
  const pacing = new RunPacing(now, deps.sleep ?? wait, report);
  const run: RunContext = {
    round: runRound(deps.send, control, pacing),
    throttle: (seconds) => pacing.throttle(seconds),
    end: async (row, end) => {
      if (!tally.end(row.line, end)) return;
      report();
      if (end.result.outcome === 'skipped') return;
      try {
        await onRowEnd(row, end);
      } catch {
        // The row's end stands whatever keeping it does: a pass issued must still reach the desk.
      }
    },
  };
  const unsubscribe = control.onChange(report);
  report();
  try {
    const repeated = repeatedPeople(rows);
    for (const row of repeated) await run.end(row, errorEnd(row.line, { code: 'validation', reason: 'invalid_request' }, null));
    const unique = rows.filter((row) => !repeated.has(row));
    await inParallel(chunks(unique, MAX_BATCH_REQUESTS), BATCHES_IN_FLIGHT, (chunk) => issueChunk(run, chunk));
  } finally {
    unsubscribe();
    control.finish();
  }
  report();
  return tally.results();
};
