import { appError, type AppError } from '../../shared';
import { MAX_BATCH_REQUESTS, type BatchAnswer, type BatchGet } from '../graph/graph-batch';

/**
 * Requests handed to one batched read: the four batches of twenty that `batchGet` keeps in flight. Sending a
 * long list in such steps costs no extra round trip and lets progress be told after each.
 */
const STEP_REQUESTS = 4 * MAX_BATCH_REQUESTS;

export type SendBatch = (requests: readonly BatchGet[]) => Promise<Map<string, BatchAnswer>>;

/** Sends the requests step by step, in their order; `onStep` sees every answer so far after each step. */
export const sendInSteps = async (
  send: SendBatch,
  requests: readonly BatchGet[],
  onStep: (answers: ReadonlyMap<string, BatchAnswer>) => void,
): Promise<Map<string, BatchAnswer>> => {
  const answers = new Map<string, BatchAnswer>();
  for (let start = 0; start < requests.length; start += STEP_REQUESTS) {
    for (const [id, answer] of await send(requests.slice(start, start + STEP_REQUESTS))) answers.set(id, answer);
    onStep(answers);
  }
  return answers;
};

/** A part whose batch never got through, even when sent again: the read is not known. */
export const noAnswer = (): AppError => appError('service_unavailable', 'Microsoft Graph did not answer this part of the batch.');
