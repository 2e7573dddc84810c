import type { AppError, ExistingPass, UnknownOutcomeCause } from '../../shared';
import { toPass } from '../graph/graph-api';
import { passesPath, readPasses } from './pass-reads';
import { previousPassFate, unknownOutcomeCause } from '../issuing';
import { cancelledEnd, errorEnd, issuedEnd, unreadableEnd } from './row-ends';
import { pauseSeconds } from './run-pacing';
import type { RunContext } from './run-round';
import type { PlannedRow, RowEnd } from './run-rows';

/** Creates sent again after a lost answer that, read back, had changed nothing. */
const RESENDS_AFTER_LOSS = 2;
/** 429s one create may meet before the row fails as throttled. */
const THROTTLED_TRIES = 6;

/** A row on its way to a pass. One attempt is in at most one batch at a time: never two creates for one person. */
interface Attempt {
  row: PlannedRow;
  /** The pass the person held when the run read it: the one a create replaces. */
  before: ExistingPass | null;
  /**
   * Set once a lost answer was read back: the cause, the pass that appeared without its code (null when none
   * did), and how the row ends if the next create does not make it better.
   */
  lost: { cause: UnknownOutcomeCause; unreadableId: string | null; end: RowEnd } | null;
  throttled: number;
  resent: number;
}

interface Lost {
  attempt: Attempt;
  error: AppError;
  cause: UnknownOutcomeCause;
}

const createdEnd = ({ row, before, lost }: Attempt, body: unknown): RowEnd => {
  const raw = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const pass = toPass(raw);
  const code = raw.temporaryAccessPass;
  if (typeof code !== 'string' || !code) {
    return errorEnd(row.line, { code: 'unexpected', reason: 'pass_not_returned' }, { outcome: 'unreadable', previousPass: previousPassFate(before, [pass]) });
  }
  return issuedEnd(row.line, pass, code, before?.id ?? null, lost?.unreadableId ? lost.cause : null);
};

/**
 * What a create whose answer was lost did, from the person's passes read after it (null: they could not be
 * read), by the rules of the single flow (issue-pass.ts): a pass that appeared is this run's and, unreadable, is
 * replaced once by one that can be read; when none appeared the create is sent again, unless it timed out and may
 * still arrive late. Answers the row's end, or the attempt to send again.
 */
const afterLoss = ({ attempt, error, cause }: Lost, now: ExistingPass[] | null): RowEnd | Attempt => {
  const { row, before, lost } = attempt;
  const latest = now?.[0] ?? null;
  const appeared = latest !== null && latest.id !== before?.id;
  if (lost?.unreadableId) {
    if (!now) return lost.end;
    return appeared ? unreadableEnd(row.line, error, before, now) : errorEnd(row.line, error, { outcome: 'not_created', previousPass: previousPassFate(before, now) });
  }
  if (!now) return errorEnd(row.line, error, { outcome: 'unknown', previousPass: 'unknown' });
  if (appeared) {
    const end = unreadableEnd(row.line, error, before, now);
    // Given up on rather than answered: say what happened rather than issue a pass nobody waits for.
    return cause === 'cancelled' ? end : { ...attempt, lost: { cause, unreadableId: latest.id, end } };
  }
  const previousPass = previousPassFate(before, now);
  if (cause === 'timeout' || cause === 'cancelled') return errorEnd(row.line, error, { outcome: 'pending', previousPass });
  const notCreated = errorEnd(row.line, error, { outcome: 'not_created', previousPass });
  return attempt.resent < RESENDS_AFTER_LOSS ? { ...attempt, resent: attempt.resent + 1, lost: { cause, unreadableId: null, end: notCreated } } : notCreated;
};

/** Reads back the people whose creates were lost, in one batch, and answers the attempts to send again. */
const reconcile = async (run: RunContext, lost: readonly Lost[]): Promise<Attempt[]> => {
  if (lost.length === 0) return [];
  const reads = new Map((await readPasses(run, lost.map(({ attempt }) => attempt.row), false)) ?? []);
  const again: Attempt[] = [];
  for (const item of lost) {
    const read = reads.get(item.attempt.row);
    const next = afterLoss(item, Array.isArray(read) ? read : null);
    if ('result' in next) await run.end(item.attempt.row, next);
    else again.push(next);
  }
  return again;
};

/**
 * Creates a pass for each row, a batch at a time, until every row has ended. A 429 sends the create again after
 * the pause (nothing ran); a 5xx or a lost answer is read back before anything else is sent for that person; any
 * other error ends the row as the service said.
 */
export const createPasses = async (run: RunContext, starts: readonly { row: PlannedRow; before: ExistingPass | null }[]): Promise<void> => {
  let pending: Attempt[] = starts.map(({ row, before }) => ({ row, before, lost: null, throttled: 0, resent: 0 }));
  while (pending.length > 0) {
    const replies = await run.round(pending, ({ row }) => ({ id: String(row.line), method: 'POST', url: passesPath(row.userId), body: row.body }), true);
    if (!replies) {
      for (const { row, lost } of pending) await run.end(row, lost?.end ?? cancelledEnd(row.line));
      return;
    }
    const next: Attempt[] = [];
    const lost: Lost[] = [];
    for (const [attempt, reply] of replies) {
      if (reply.ok) {
        await run.end(attempt.row, createdEnd(attempt, reply.body));
        continue;
      }
      const { error } = reply;
      const cause = unknownOutcomeCause(error);
      if (error.code === 'throttled') {
        const throttled = attempt.throttled + 1;
        run.throttle(pauseSeconds(error.retryAfterSeconds, throttled));
        if (throttled < THROTTLED_TRIES) next.push({ ...attempt, throttled });
        else await run.end(attempt.row, attempt.lost?.end ?? errorEnd(attempt.row.line, error, null));
      } else if (cause) {
        lost.push({ attempt, error, cause });
      } else {
        // The one create that was to replace an unreadable pass was refused: that pass is still there.
        const unreadable = attempt.lost?.unreadableId ? attempt.lost.end : null;
        await run.end(attempt.row, unreadable ?? errorEnd(attempt.row.line, error, null));
      }
    }
    pending = [...next, ...(await reconcile(run, lost))];
  }
};
