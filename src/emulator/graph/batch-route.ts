import { json, parseJsonObject } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { Dispatch, EmulatorResponse } from '../http/types.js';
import { DroppedConnection, withFaults } from '../control/faults.js';
import { graphErrorBody, fail, problems, type GraphProblem } from './graph-error.js';
import type { GraphContext } from './graph-context.js';
import { newGuid } from '../state/ids.js';

/** https://learn.microsoft.com/graph/json-batching */
const maxRequests = 20;

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface BatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const canonicalHeader: Record<string, string> = { 'content-type': 'Content-Type', 'retry-after': 'Retry-After', location: 'Location' };

const stringRecord = (value: unknown): Record<string, string> =>
  value !== null && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};

/**
 * Request ids are compared without regard to case everywhere, uniqueness and `dependsOn` alike: the service
 * refuses `a` next to `A` as a repeated id, so `dependsOn: ["A"]` names the request `a`
 * (https://learn.microsoft.com/graph/json-batching).
 */
const idKey = (id: string): string => id.toLowerCase();

const stepsById = (steps: readonly BatchStep[]): Map<string, BatchStep> => new Map(steps.map((step) => [idKey(step.id), step]));

const hasCycle = (steps: readonly BatchStep[]): boolean => {
  const byId = stepsById(steps);
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): boolean => {
    const key = idKey(id);
    if (done.has(key)) return false;
    if (visiting.has(key)) return true;
    visiting.add(key);
    const cyclic = (byId.get(key)?.dependsOn ?? []).some(visit);
    visiting.delete(key);
    done.add(key);
    return cyclic;
  };
  return steps.some((step) => visit(step.id));
};

/** The whole batch is refused (400) when its shape is wrong, before any step runs. */
const readSteps = (raw: Record<string, unknown> | undefined): BatchStep[] | GraphProblem => {
  const requests = raw?.['requests'];
  if (!Array.isArray(requests)) return problems.badRequest('Invalid batch payload format.');
  if (requests.length > maxRequests) return problems.badRequest(`The number of requests in the batch exceeds the maximum of ${maxRequests}.`);
  const steps: BatchStep[] = [];
  for (const entry of requests as unknown[]) {
    const item = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const { id, method, url, body, dependsOn } = item;
    if (typeof id !== 'string' || id === '' || typeof method !== 'string' || typeof url !== 'string') return problems.badRequest('Invalid batch payload format.');
    if (steps.some((step) => idKey(step.id) === idKey(id))) return problems.badRequest(`Request Id ${id} has to be unique in a batch.`);
    const headers = Object.fromEntries(Object.entries(stringRecord(item['headers'])).map(([name, value]) => [name.toLowerCase(), value]));
    if (body !== undefined && headers['content-type'] === undefined) return problems.badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
    steps.push({ id, method: method.toUpperCase(), url, headers, body, dependsOn: Array.isArray(dependsOn) ? dependsOn.map(String) : [] });
  }
  const byId = stepsById(steps);
  const missing = steps.flatMap((step) => step.dependsOn).find((dependency) => !byId.has(idKey(dependency)));
  if (missing !== undefined) return problems.badRequest(`Request Id ${missing} in dependsOn was not found in the batch.`);
  if (hasCycle(steps)) return problems.badRequest('The dependsOn chain of the batch contains a cycle.');
  return steps;
};

const toResult = (id: string, response: EmulatorResponse): BatchResult => {
  const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [canonicalHeader[name] ?? name, value]));
  const text = Buffer.isBuffer(response.body) ? null : response.body;
  const contentType = response.headers['content-type'] ?? '';
  if (text === '' || (Buffer.isBuffer(response.body) && response.body.length === 0)) return { id, status: response.status, headers };
  if (text !== null && contentType.includes('json')) return { id, status: response.status, headers, body: JSON.parse(text) as unknown };
  // Binary bodies (a photo) travel base64-encoded inside the JSON batch response.
  return { id, status: response.status, headers, body: Buffer.from(response.body).toString('base64') };
};

const stepProblem = (context: GraphContext, id: string, failure: GraphProblem): BatchResult => {
  const requestId = newGuid();
  return { id, status: failure.status, headers: { 'Content-Type': 'application/json' }, body: graphErrorBody(failure, requestId, context.clientRequestId, context.state.now()) };
};

/** Set by a part whose fault cuts the whole batch; the batch is cut once every part has run. */
interface BatchCut {
  requested: boolean;
}

const runStep = async (context: GraphContext, dispatch: Dispatch, step: BatchStep, cut: BatchCut): Promise<BatchResult> => {
  const relative = step.url.replace(/^\/+/, '');
  if (/^https?:/i.test(relative) || relative.toLowerCase().startsWith('$batch')) {
    return stepProblem(context, step.id, problems.badRequest('Batch request URLs must be relative to the service root and cannot be nested batches.'));
  }
  const body = step.body === undefined ? '' : typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
  const headers: Record<string, string> = { ...step.headers };
  const authorization = context.request.headers['authorization'];
  if (authorization !== undefined) headers['authorization'] = authorization;
  try {
    const response = await withFaults(context.state, dispatch, context.request)({ method: step.method, url: new URL(`${context.env.graphBaseUrl}/${relative}`), headers, body: Buffer.from(body) });
    return toResult(step.id, response);
  } catch (error) {
    if (!(error instanceof DroppedConnection)) throw error;
    if (error.wholeBatch) cut.requested = true;
    return stepProblem(context, step.id, { status: 504, code: 'gatewayTimeout', message: 'The gateway did not receive a timely response from the service.' });
  }
};

/** `dispatch` is Graph without faults: each part meets the faults of its own path here (see `withFaults`). */
export const addBatchRoute = (router: Router<GraphContext>, dispatch: Dispatch): void => {
  router.add('POST', '/$batch', async (context) => {
    const steps = readSteps(parseJsonObject(context.request.body));
    if (!Array.isArray(steps)) return fail(context, steps);
    const results: BatchResult[] = [];
    const cut: BatchCut = { requested: false };
    const byId = stepsById(steps);
    const running = new Map<string, Promise<BatchResult>>();
    const start = (step: BatchStep): Promise<BatchResult> => {
      const existing = running.get(idKey(step.id));
      if (existing) return existing;
      const promise = (async () => {
        const dependencies = await Promise.all(step.dependsOn.flatMap((id) => {
            const dependency = byId.get(idKey(id));
            return dependency ? [start(dependency)] : [];
          }),
        );
        const result = dependencies.some((dependency) => dependency.status >= 400)
          ? stepProblem(context, step.id, { status: 424, code: 'FailedDependency', message: 'The request was not executed because a request it depends on failed.' })
          : await runStep(context, dispatch, step, cut);
        // Completion order, not request order: clients must match responses by id.
        results.push(result);
        return result;
      })();
      running.set(idKey(step.id), promise);
      return promise;
    };
    await Promise.all(steps.map(start));
    if (cut.requested) throw new DroppedConnection();
    return json(200, { responses: results });
  });
};
