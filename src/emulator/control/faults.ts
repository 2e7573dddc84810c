import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { tokenError } from '../authority/oauth-error.js';
import { agsDiagnosticHeader } from '../graph/ags-diagnostic.js';
import { graphErrorBody, type GraphProblem } from '../graph/graph-error.js';
import { json } from '../http/responses.js';
import type { Dispatch, EmulatorRequest, EmulatorResponse } from '../http/types.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { newGuid } from '../state/ids.js';
import type { ActiveFault } from '../state/model.js';

/**
 * Thrown where a fault asks for the connection to be cut; the transport destroys the socket. Inside `$batch`, a cut
 * of one part becomes that part's 504 unless `wholeBatch`, when the batch route cuts the batch once every part ran.
 */
export class DroppedConnection extends Error {
  constructor(readonly wholeBatch = false) {
    super('Connection dropped by an injected fault');
  }
}

/** Graph's codes for the transient failures of https://learn.microsoft.com/graph/errors */
const transientProblem = (status: number): GraphProblem => {
  switch (status) {
    case 429:
      return { status, code: 'TooManyRequests', message: 'Too many requests. Retry after the time given in the Retry-After header.' };
    case 503:
      return { status, code: 'serviceNotAvailable', message: 'The service is not available. Try the request again after a delay. There may be a Retry-After header.' };
    case 504:
      return { status, code: 'gatewayTimeout', message: 'The gateway did not receive a timely response from the service.' };
    case 500:
      return { status, code: 'generalException', message: 'An unspecified error has occurred.' };
    default:
      return { status, code: 'UnknownError', message: `Injected failure with status ${status}.` };
  }
};

const matches = (fault: ActiveFault, request: EmulatorRequest): boolean =>
  (fault.method === undefined || fault.method.toUpperCase() === request.method) && new RegExp(fault.pathPattern).test(request.url.pathname);

/**
 * A number in [0, 1) from the seed, the fault, the request's method and path and how often this fault saw that path.
 * The fault's place in the list is part of it, so two faults on one path roll apart rather than hit together.
 */
const roll = (state: EmulatorState, fault: ActiveFault, request: EmulatorRequest): number => {
  const key = `${request.method} ${request.url.pathname.toLowerCase()}`;
  const seen = (fault.seen.get(key) ?? 0) + 1;
  fault.seen.set(key, seen);
  const place = state.faults.indexOf(fault);
  return createHash('sha256').update(`${state.faultSeed}\n${place}\n${fault.pathPattern}\n${key}\n${seen}`).digest().readUInt32BE(0) / 2 ** 32;
};

const hits = (state: EmulatorState, fault: ActiveFault, request: EmulatorRequest): boolean => fault.probability === undefined || roll(state, fault, request) < fault.probability;

const takeFault = (state: EmulatorState, request: EmulatorRequest, within: EmulatorRequest | undefined): ActiveFault | undefined => {
  const fault = state.faults.find((candidate) => matches(candidate, request) && !(within && matches(candidate, within)) && hits(state, candidate, request));
  if (fault?.remaining !== null && fault?.remaining !== undefined) {
    fault.remaining -= 1;
    if (fault.remaining <= 0) state.faults = state.faults.filter((candidate) => candidate !== fault);
  }
  return fault;
};

const faultResponse = (state: EmulatorState, request: EmulatorRequest, status: number, retryAfterSeconds: number | undefined): EmulatorResponse => {
  const retryAfter = retryAfterSeconds ?? (status === 429 || status === 503 ? 1 : undefined);
  const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
  if (!request.url.pathname.toLowerCase().startsWith('/v1.0')) {
    const failure = { error: 'temporarily_unavailable', code: 90033, message: 'A transient error has occurred. Please try again.' };
    const response = tokenError(failure, status, request.headers['client-request-id'], state.now());
    return { ...response, headers: { ...response.headers, ...headers } };
  }
  const requestId = newGuid();
  const clientRequestId = request.headers['client-request-id'] ?? requestId;
  return json(status, graphErrorBody(transientProblem(status), requestId, clientRequestId, state.now()), {
    ...agsDiagnosticHeader(),
    ...headers,
    'request-id': requestId,
    'client-request-id': clientRequestId,
  });
};

/**
 * Latency, an error status or a cut connection for matching requests: before the real handler runs, or after it
 * (`afterHandler`), when the change is made and only the answer is lost. `within` is the `$batch` request a
 * sub-request belongs to: a fault that matches the batch itself acts once, on the round trip, and not again on each
 * of its parts, so a latency fault on every path adds its delay to a batch once; a fault whose pattern names only
 * the sub-request's path acts on that part (or, with `cutsBatch`, on the whole batch once its parts ran).
 */
export const withFaults =
  (state: EmulatorState, dispatch: Dispatch, within?: EmulatorRequest): Dispatch =>
  async (request) => {
    const fault = takeFault(state, request, within);
    if (!fault) return dispatch(request);
    if (fault.latencyMs) await sleep(fault.latencyMs);
    const answered = fault.afterHandler ? await dispatch(request) : null;
    if (fault.drop || fault.cutsBatch) throw new DroppedConnection(fault.cutsBatch === true && within !== undefined);
    if (fault.status) return faultResponse(state, request, fault.status, fault.retryAfterSeconds);
    return answered ?? dispatch(request);
  };
