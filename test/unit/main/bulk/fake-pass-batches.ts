import { failure } from '../../../../src/main/app-failure';
import type { BatchAnswer, BatchGet } from '../../../../src/main/graph/graph-batch';

type Raw = Record<string, unknown>;

/** What happens to one part of a batch: answered as given, or run and then its answer lost (a 504 or no part at all). */
export type PartFault = { status: number; retryAfterSeconds?: number; body?: unknown } | { lostAfterRunning: 'gateway' | 'missing' };

/** What happens to a whole batch: it fails with `error`, after its parts ran (`ran`) or before. */
export interface BatchFault {
  error: unknown;
  ran: boolean;
}

export interface FakeOptions {
  /** The fate of each part; undefined: it runs and answers as Graph would. */
  part?: (request: BatchGet, userId: string) => PartFault | undefined;
  /** The fate of each batch, by its number (1 for the first sent). */
  batch?: (requests: readonly BatchGet[], call: number) => BatchFault | undefined;
  /** Sees each batch as it goes out, before it is answered. */
  onSend?: (requests: readonly BatchGet[], call: number) => void;
}

const userOf = (url: string) => decodeURIComponent(url.split('/')[2] ?? '');

/**
 * Microsoft Graph's pass list and create as far as a run sees them, one pass per person (creating replaces it),
 * with faults scripted per part and per batch. It keeps which code went with which pass, which a real service
 * would not, so tests can tell that the code a row came back with is the one of the pass the person holds.
 */
export const fakePassBatches = (options: FakeOptions = {}) => {
  const held = new Map<string, Raw>();
  const codes = new Map<string, string>();
  const sent: BatchGet[][] = [];
  const creates: string[] = [];
  let created = 0;
  let inFlight = 0;
  let peak = 0;
  const creating = new Set<string>();
  let overlappingCreates = 0;

  const run = (request: BatchGet, userId: string): { status: number; body: unknown } => {
    if (request.method !== 'POST') return { status: 200, body: { value: held.has(userId) ? [held.get(userId)] : [] } };
    created += 1;
    const pass = { id: `pass-${created}`, createdDateTime: '2025-01-01T00:00:00Z', lifetimeInMinutes: 60, isUsableOnce: false, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' };
    held.set(userId, pass);
    codes.set(pass.id, `code-${created}`);
    creates.push(userId);
    return { status: 201, body: { ...pass, temporaryAccessPass: `code-${created}` } };
  };

  const answer = (request: BatchGet): BatchAnswer | null => {
    const userId = userOf(request.url);
    const fault = options.part?.(request, userId);
    if (fault && 'status' in fault) return { status: fault.status, body: fault.body ?? { error: { code: 'x', message: 'injected' } }, retryAfterSeconds: fault.retryAfterSeconds ?? null };
    const { status, body } = run(request, userId);
    if (!fault) return { status, body, retryAfterSeconds: null };
    return fault.lostAfterRunning === 'gateway' ? { status: 504, body: { error: { code: 'gatewayTimeout', message: 'lost' } }, retryAfterSeconds: null } : null;
  };

  const send = async (requests: BatchGet[]): Promise<Map<string, BatchAnswer>> => {
    const call = sent.push(requests);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    const posts = requests.filter((request) => request.method === 'POST').map((request) => userOf(request.url));
    if (posts.some((userId) => creating.has(userId))) overlappingCreates += 1;
    for (const userId of posts) creating.add(userId);
    options.onSend?.(requests, call);
    // Other lanes go on while this batch is out.
    await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    for (const userId of posts) creating.delete(userId);
    const fault = options.batch?.(requests, call);
    if (fault && !fault.ran) throw fault.error;
    const answers = new Map<string, BatchAnswer>();
    for (const request of requests) {
      const given = answer(request);
      if (given) answers.set(request.id, given);
    }
    if (fault) throw fault.error;
    return answers;
  };

  return {
    send,
    sent,
    /** People in the order their passes were created. */
    creates,
    peak: () => peak,
    overlappingCreates: () => overlappingCreates,
    /** The pass the person holds now, as Graph lists it. */
    passOf: (userId: string) => (held.get(userId) as { id: string } | undefined) ?? null,
    codeOf: (passId: string) => codes.get(passId) ?? null,
    /** Another desk's pass, or one the technician saw at the check. */
    give: (userId: string, passId: string) => void held.set(userId, { id: passId, isUsable: true, lifetimeInMinutes: 60 }),
  };
};

export const lostConnection = failure('network', 'Microsoft Graph could not be reached.');
export const timedOut = failure('timeout', 'No answer within 30 seconds.');
