import { appError, type AppError } from '../../shared';
import { BATCHES_IN_FLIGHT, MAX_BATCH_REQUESTS, type BatchAnswer, type BatchGet } from '../graph/graph-batch';

/**
 * Requests handed to one batched read: the batches of twenty that `batchGet` keeps in flight. Sending a long list
 * in such steps costs no extra round trip and lets progress be told, and the pace kept, after each.
 */
const STEP_REQUESTS = BATCHES_IN_FLIGHT * MAX_BATCH_REQUESTS;

export type SendBatch = (requests: readonly BatchGet[]) => Promise<Map<string, BatchAnswer>>;

/** Waits until this many requests may go at the pace Graph's limits allow. */
export type Pace = (requests: number) => Promise<void>;

/** Sends the requests step by step, in their order, at the pace; `onStep` sees every answer so far after each step. */
export const sendInSteps = async (
  send: SendBatch,
  requests: readonly BatchGet[],
  onStep: (answers: ReadonlyMap<string, BatchAnswer>) => void,
  pace: Pace = async () => undefined,
): Promise<Map<string, BatchAnswer>> => {
  const answers = new Map<string, BatchAnswer>();
  for (let start = 0; start < requests.length; start += STEP_REQUESTS) {
    const step = requests.slice(start, start + STEP_REQUESTS);
    await pace(step.length);
    for (const [id, answer] of await send(step)) answers.set(id, answer);
    onStep(answers);
  }
  return answers;
};

/** A part whose batch never got through, even when sent again: the read is not known. */
export const noAnswer = (): AppError => appError('service_unavailable', 'Microsoft Graph did not answer this part of the batch.');
