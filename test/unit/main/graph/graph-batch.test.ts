import { describe, expect, it } from 'vitest';
import { batchGet, MAX_BATCH_REQUESTS } from '../../../../src/main/graph/graph-batch';
import type { GraphConnection } from '../../../../src/main/graph/graph-client';

type SubRequest = { id: string; method: string; url: string };
type SubAnswer = { id: string; status: number; body?: unknown; headers?: Record<string, string> };

/** A Graph connection whose $batch answers each sub-request with `answer`, in reverse order (Graph may reorder). */
const fakeGraph = (answer: (request: SubRequest, round: number) => SubAnswer) => {
  const batches: SubRequest[][] = [];
  let inFlight = 0;
  let peak = 0;
  const graph = {
    graphHost: 'https://graph.example',
    request: (path: string) => ({
      post: async (body: { requests: SubRequest[] }) => {
        expect(path).toBe('/$batch');
        batches.push(body.requests);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        const round = batches.filter((batch) => batch.some((request) => body.requests[0]?.id === request.id)).length;
        return { responses: body.requests.map((request) => answer(request, round)).reverse() };
      },
    }),
  } as unknown as GraphConnection;
  return { graph, batches, peak: () => peak };
};

const gets = (count: number) => Array.from({ length: count }, (_, index) => ({ id: String(index + 1), url: `/users/u${index + 1}/authentication/methods` }));
const noSleep = async () => undefined;

// JSON batching: at most 20 requests, responses matched by id in any order (https://learn.microsoft.com/graph/json-batching).
describe('batched reads', () => {
  it('sends at most 20 requests per batch, several batches at once, and matches answers by id', async () => {
    const { graph, batches, peak } = fakeGraph((request) => ({ id: request.id, status: 200, body: { url: request.url } }));
    const answers = await batchGet(graph, ['UserAuthenticationMethod.Read.All'], gets(50), noSleep);
    expect(batches.map((batch) => batch.length)).toEqual([20, 20, 10]);
    expect(batches.flat().every((request) => request.method === 'GET')).toBe(true);
    expect(peak()).toBe(3);
    expect(answers.get('37')).toEqual({ status: 200, body: { url: '/users/u37/authentication/methods' }, retryAfterSeconds: null });
    expect(MAX_BATCH_REQUESTS).toBe(20);
  });

  it('sends throttled and unavailable sub-requests again after the longest Retry-After, and only those', async () => {
    const pauses: number[] = [];
    const { graph, batches } = fakeGraph((request, round) => {
      if (round === 1 && request.id === '2') return { id: '2', status: 429, headers: { 'Retry-After': '3' } };
      if (round === 1 && request.id === '3') return { id: '3', status: 503 };
      return { id: request.id, status: 200, body: {} };
    });
    const answers = await batchGet(graph, [], gets(4), async (ms) => void pauses.push(ms));
    expect(pauses).toEqual([3000]);
    expect(batches[1]?.map((request) => request.id)).toEqual(['2', '3']);
    expect([...answers.values()].every((answer) => answer.status === 200)).toBe(true);
  });

  it('gives up after two more tries and hands back what the service said', async () => {
    const { graph, batches } = fakeGraph((request) => ({ id: request.id, status: 429, headers: { 'retry-after': '1' } }));
    const answers = await batchGet(graph, [], gets(1), noSleep);
    expect(batches).toHaveLength(3);
    expect(answers.get('1')).toMatchObject({ status: 429, retryAfterSeconds: 1 });
  });

  it('sends a batch whose request failed again, and fails the read only when nothing got through', async () => {
    let posts = 0;
    const flaky = {
      graphHost: 'https://graph.example',
      request: () => ({
        post: async (body: { requests: SubRequest[] }) => {
          posts += 1;
          if (posts === 2) throw new Error('connection reset');
          return { responses: body.requests.map((request) => ({ id: request.id, status: 200, body: {} })) };
        },
      }),
    } as unknown as GraphConnection;
    const answers = await batchGet(flaky, [], gets(40), noSleep);
    expect(posts).toBe(3);
    expect(answers.size).toBe(40);

    const down = { graphHost: 'https://graph.example', request: () => ({ post: () => Promise.reject(new Error('offline')) }) } as unknown as GraphConnection;
    await expect(batchGet(down, [], gets(3), noSleep)).rejects.toThrow('offline');
  });

  it('does not sit out a pause longer than a refresh is worth', async () => {
    const { graph, batches } = fakeGraph((request) => ({ id: request.id, status: 429, headers: { 'Retry-After': '120' } }));
    await batchGet(graph, [], gets(1), noSleep);
    expect(batches).toHaveLength(1);
  });
});
