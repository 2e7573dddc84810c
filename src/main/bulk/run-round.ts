import { appError, type AppError } from '../../shared';
import type { BatchAnswer, BatchGet } from '../graph/graph-batch';
import { appErrorFromAnswer, toAppError } from '../graph/error-mapping';
import type { RunControl } from './run-control';
import type { RunPacing } from './run-pacing';
import type { PlannedRow, RowEnd } from './run-rows';

/** One request's answer: a success as Graph gave it, or the contract error it means. */
export type Reply = { ok: true; status: number; body: unknown } | { ok: false; error: AppError };

/**
 * One round trip of a run, a request per item, each item with its reply; null when the run was cancelled before
 * a `stoppable` batch went out.
 */
export type Round = <T>(items: readonly T[], requestFor: (item: T) => BatchGet, stoppable: boolean) => Promise<[T, Reply][] | null>;

/** What a lane works with: the round trip, the shared pace, and the one way a row ends. */
export interface RunContext {
  round: Round;
  /** Told Microsoft's pauses (429), which every lane then waits out. */
  throttle: (seconds: number) => void;
  /** Ends a row; a row ends exactly once. */
  end: (row: PlannedRow, end: RowEnd) => Promise<void>;
}

const noAnswer = appError('network', 'The batch came back without an answer for this request.');

const replyOf = (answer: BatchAnswer | undefined): Reply => {
  if (!answer) return { ok: false, error: noAnswer };
  if (answer.status >= 200 && answer.status < 300) return { ok: true, status: answer.status, body: answer.body };
  return { ok: false, error: appErrorFromAnswer(answer) };
};

/**
 * Paces a batch, waits at the checkpoint, sends it and gives every request its reply: a whole batch lost (the
 * network, the budget) is that error for each of its requests, since any of them may have run. A batch that
 * finds out what happened (`stoppable` false) still waits out a pause but goes after a cancel.
 */
export const runRound =
  (send: (requests: BatchGet[]) => Promise<Map<string, BatchAnswer>>, control: RunControl, pacing: RunPacing): Round =>
  async (items, requestFor, stoppable) => {
    const pairs = items.map((item) => [item, requestFor(item)] as const);
    const requests = pairs.map(([, request]) => request);
    for (;;) {
      await pacing.ready(requests.length);
      if ((await control.checkpoint()) === 'cancelled' && stoppable) return null;
      // Checked again right before sending: another lane may have met a 429, or Pause was pressed, meanwhile.
      if (!control.holding && pacing.take(requests.length)) break;
    }
    let replies: (id: string) => Reply;
    try {
      const answers = await control.inFlight(() => send(requests));
      replies = (id) => replyOf(answers.get(id));
    } catch (error) {
      const lost: Reply = { ok: false, error: toAppError(error) };
      replies = () => lost;
    }
    return pairs.map(([item, request]) => [item, replies(request.id)]);
  };
