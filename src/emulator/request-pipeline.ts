import type { IncomingMessage, ServerResponse } from 'node:http';
import { DroppedConnection, withFaults } from './control/faults.js';
import { fail, problems } from './graph/graph-error.js';
import { BodyTooLarge, readRequest, writeResponse } from './http/node-transport.js';
import type { Dispatch, EmulatorRequest, EmulatorResponse } from './http/types.js';
import type { EmulatorState } from './state/emulator-state.js';
import { newGuid } from './state/ids.js';

export interface PipelineParts {
  origin: string;
  state: EmulatorState;
  authority: Dispatch;
  graph: Dispatch;
  control: Dispatch;
}

const startsWithSegment = (pathname: string, segment: string): boolean => {
  const lower = pathname.toLowerCase();
  return lower === segment || lower.startsWith(`${segment}/`);
};

const unexpected = (state: EmulatorState, request: EmulatorRequest, error: unknown): EmulatorResponse => {
  console.error('Emulator request failed:', request.method, request.url.pathname, error);
  if (!startsWithSegment(request.url.pathname, '/v1.0')) return { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Internal error' };
  const requestId = newGuid();
  return fail({ requestId, clientRequestId: request.headers['client-request-id'] ?? requestId, state }, problems.internal());
};

/**
 * One origin for everything: /_emulator is the control surface (never logged, never faulted),
 * /v1.0 is Graph, the rest is the authority. Faults and the request log cover Graph and the authority.
 */
export const createRequestListener = (parts: PipelineParts) => {
  const { state } = parts;
  const graph = withFaults(state, parts.graph);
  const authority = withFaults(state, parts.authority);

  return async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    let request: EmulatorRequest;
    try {
      request = await readRequest(incoming, parts.origin);
    } catch (error) {
      writeResponse(outgoing, { status: error instanceof BodyTooLarge ? 413 : 400, headers: {}, body: '' });
      return;
    }
    const { pathname } = request.url;
    if (startsWithSegment(pathname, '/_emulator')) {
      writeResponse(outgoing, await parts.control(request).catch((error: unknown) => unexpected(state, request, error)));
      return;
    }
    const log = (status: number): void => {
      // Method, path and status only: never a query, a body, a token or a pass.
      state.requestLog.push({ timestamp: new Date().toISOString(), method: request.method, path: pathname, status, clientRequestId: request.headers['client-request-id'] ?? null });
    };
    const dispatch = startsWithSegment(pathname, '/v1.0') ? graph : authority;
    let response: EmulatorResponse;
    try {
      response = await dispatch(request);
    } catch (error) {
      if (error instanceof DroppedConnection) {
        log(0);
        incoming.socket.destroy();
        return;
      }
      response = unexpected(state, request, error);
    }
    log(response.status);
    writeResponse(outgoing, response);
  };
};
