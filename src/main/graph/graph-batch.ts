import { AppFailure } from '../app-failure';
import type { GraphConnection } from './graph-client';

/** JSON batching takes at most 20 requests per batch (https://learn.microsoft.com/graph/json-batching). */
export const MAX_BATCH_REQUESTS = 20;
/**
 * Batches sent at once. Each request inside a batch counts against Graph's limits as if sent alone
 * (https://learn.microsoft.com/graph/throttling), so a few batches in flight keep a refresh to one round trip
 * for a desk's day without bursting: five carry a hundred requests, a cohort's hundred people per round trip.
 */
export const BATCHES_IN_FLIGHT = 5;
/** Sub-requests answered 429 or 503/504 are sent again this often, after the pause the service named. */
const SUB_REQUEST_RETRIES = 2;
/** A Retry-After longer than this ends the refresh instead: the next one comes anyway. */
const LONGEST_PAUSE_SECONDS = 30;

export interface BatchGet {
  /** Unique within one call. */
  id: string;
  /** Relative to /v1.0, e.g. `/users/{id}/authentication/methods`. */
  url: string;
  /**
   * POST for a write, or for an action that only reads (`checkMemberGroups`); its JSON body goes with it. Only
   * requests safe to repeat may go through `batchGet`; writes go through `sendBatch` with `write` and their owner reconciles.
   */
  method?: 'GET' | 'POST';
  body?: unknown;
}

export interface BatchAnswer {
  status: number;
  body: unknown;
  /** Retry-After of a 429, in seconds. */
  retryAfterSeconds: number | null;
}

interface RawAnswer {
  id?: unknown;
  status?: unknown;
  body?: unknown;
  headers?: Record<string, unknown>;
}

const retryAfterOf = (headers: Record<string, unknown> | undefined): number | null => {
  const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'retry-after');
  const seconds = Number(entry?.[1]);
  return entry && Number.isFinite(seconds) ? Math.max(0, seconds) : null;
};

/** The items in runs of at most `size`, in order. */
export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/** Runs `work` over the items with at most `limit` running at once. */
export const inParallel = async <T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
};

const toStep = ({ id, url, method = 'GET', body }: BatchGet) =>
  body === undefined ? { id, method, url } : { id, method, url, body, headers: { 'Content-Type': 'application/json' } };

/**
 * One round trip: up to 20 requests in one `$batch`, each answer matched to its request by id. A batch that
 * carries writes (`write`) runs under the create budget and is sent again by the client only after a 429 of the
 * whole batch, which means nothing in it ran (https://learn.microsoft.com/graph/throttling); after a 503 or a
 * lost answer its creates may have run, which the sender finds out by reading.
 */
export const sendBatch = async (
  graph: GraphConnection,
  permissions: readonly string[],
  requests: readonly BatchGet[],
  { write = false }: { write?: boolean } = {},
): Promise<Map<string, BatchAnswer>> => {
  const raw = (await graph.request('/$batch', permissions, write ? 'create' : 'read').post({ requests: requests.map(toStep) })) as {
    responses?: RawAnswer[];
  };
  const answers = new Map<string, BatchAnswer>();
  // Responses may come in any order; they are matched by id.
  for (const answer of raw.responses ?? []) {
    if (typeof answer.id !== 'string' || typeof answer.status !== 'number') continue;
    answers.set(answer.id, { status: answer.status, body: answer.body, retryAfterSeconds: retryAfterOf(answer.headers) });
  }
  return answers;
};

const isTransient = (status: number) => status === 429 || status === 503 || status === 504;

/**
 * Reads many Graph resources in as few round trips as batching allows. A sub-request the service throttled or
 * could not serve is sent again after the longest Retry-After among them (reads only, so repeating is safe);
 * whatever still fails is answered as it came, and the caller shows it as not known. A batch whose own request
 * failed is sent again the same way; only when no batch got through at all (or the technician stopped waiting)
 * does the whole read fail, with that error.
 */
export const batchGet = async (
  graph: GraphConnection,
  permissions: readonly string[],
  requests: readonly BatchGet[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<Map<string, BatchAnswer>> => {
  const answers = new Map<string, BatchAnswer>();
  let pending = [...requests];
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    let failed: unknown = null;
    await inParallel(chunks(pending, MAX_BATCH_REQUESTS), BATCHES_IN_FLIGHT, async (batch) => {
      try {
        for (const [id, answer] of await sendBatch(graph, permissions, batch)) answers.set(id, answer);
      } catch (error) {
        if (error instanceof AppFailure && error.error.code === 'cancelled') throw error;
        failed ??= error;
      }
    });
    if (failed !== null && answers.size === 0) throw failed;
    const again = pending.filter((request) => {
      const answer = answers.get(request.id);
      return !answer || isTransient(answer.status);
    });
    const pause = Math.max(0, ...again.map((request) => answers.get(request.id)?.retryAfterSeconds ?? 1));
    if (again.length === 0 || attempt >= SUB_REQUEST_RETRIES || pause > LONGEST_PAUSE_SECONDS) break;
    await sleep(pause * 1000);
    pending = again;
  }
  return answers;
};
