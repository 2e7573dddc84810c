import { beforeEach, describe, expect, it } from 'vitest';
import { demoTechnicians, type FaultSpec, type GraphUser } from '../../../src/emulator/index.js';
import { useHarness } from './emulator-harness.js';

/**
 * Faults on the parts of a `$batch`: "Requests in a batch are evaluated individually" and each part answers with
 * its own status and headers (https://learn.microsoft.com/graph/json-batching); Graph's transient failures and
 * their Retry-After are those of https://learn.microsoft.com/graph/errors and https://learn.microsoft.com/graph/throttling.
 */

const harness = useHarness();
let token: string;
let people: GraphUser[];
beforeEach(async () => {
  token = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
  people = harness.emulator.control.seedPeople({ count: 5 });
});

interface BatchPart {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { error?: { code: string } };
}

const passes = (userId: string) => `/users/${userId}/authentication/temporaryAccessPassMethods`;
const createFor = (person: { id: string }) => ({ id: person.id, method: 'POST', url: passes(person.id), headers: { 'Content-Type': 'application/json' }, body: {} });
const readFor = (person: { id: string }) => ({ id: person.id, method: 'GET', url: `/users/${person.id}?$select=id` });

const send = (requests: unknown[]) => harness.graph('/$batch', { token, method: 'POST', body: { requests } });

const batch = async (requests: unknown[]): Promise<Map<string, BatchPart>> => {
  const response = await send(requests);
  expect(response.status).toBe(200);
  return new Map(((await response.json()) as { responses: BatchPart[] }).responses.map((part) => [part.id, part]));
};

const holders = (): string[] => people.filter((person) => harness.emulator.control.passOf(person.id) !== null).map((person) => person.id);

/** A fault on one person's pass path, that person being `people[0]`. */
const onFirst = (spec: Omit<FaultSpec, 'pathPattern'>): void => {
  harness.emulator.control.addFault({ pathPattern: `${people[0]?.id ?? ''}/authentication/temporaryAccessPassMethods$`, ...spec });
};

describe('a fault naming a part’s path acts on that part only', () => {
  it('429 with the part’s own Retry-After header, before the handler: the others are created', async () => {
    onFirst({ method: 'POST', status: 429, retryAfterSeconds: 7 });
    const parts = await batch(people.map(createFor));
    expect(parts.get(people[0]?.id ?? '')).toMatchObject({ status: 429, headers: { 'Retry-After': '7' }, body: { error: { code: 'TooManyRequests' } } });
    expect([...parts.values()].filter((part) => part.status === 201)).toHaveLength(4);
    expect(holders()).toEqual(people.slice(1).map((person) => person.id));
  });

  it('503 serviceNotAvailable with Retry-After', async () => {
    onFirst({ status: 503 });
    const parts = await batch(people.map(createFor));
    expect(parts.get(people[0]?.id ?? '')).toMatchObject({ status: 503, headers: { 'Retry-After': '1' }, body: { error: { code: 'serviceNotAvailable' } } });
    expect(holders()).toHaveLength(4);
  });

  it('only for the method it names: a GET of the same path is answered', async () => {
    onFirst({ method: 'POST', status: 503 });
    const parts = await batch([{ id: 'read', method: 'GET', url: passes(people[0]?.id ?? '') }, { ...createFor(people[1] ?? { id: '' }), id: 'create' }]);
    expect(parts.get('read')?.status).toBe(200);
    expect(parts.get('create')?.status).toBe(201);
  });

  it('only as often as it may: times 2 over a batch of 5 creates', async () => {
    harness.emulator.control.addFault({ method: 'POST', pathPattern: 'temporaryAccessPassMethods$', status: 503, times: 2 });
    const parts = await batch(people.map(createFor));
    expect([...parts.values()].map((part) => part.status).sort()).toEqual([201, 201, 201, 503, 503]);
    expect((await batch(people.slice(0, 2).map(createFor))).size).toBe(2);
    expect(holders()).toHaveLength(5);
  });
});

describe('lost after the handler ran: the pass exists, the client does not know', () => {
  it('a 504 for the part after its pass was created', async () => {
    onFirst({ method: 'POST', status: 504, afterHandler: true });
    const parts = await batch(people.map(createFor));
    expect(parts.get(people[0]?.id ?? '')).toMatchObject({ status: 504, body: { error: { code: 'gatewayTimeout' } } });
    expect(holders()).toHaveLength(5);
  });

  it('a cut of the part alone becomes its 504, the batch is answered', async () => {
    onFirst({ method: 'POST', drop: true, afterHandler: true });
    const parts = await batch(people.map(createFor));
    expect(parts.get(people[0]?.id ?? '')?.status).toBe(504);
    expect(holders()).toHaveLength(5);
  });

  it('cutsBatch: the whole batch’s connection is cut once every part ran, that one too with afterHandler', async () => {
    onFirst({ method: 'POST', cutsBatch: true, afterHandler: true, times: 1 });
    await expect(send(people.map(createFor))).rejects.toThrow();
    expect(holders()).toHaveLength(5);
    expect(harness.emulator.control.requestLog().at(-1)).toMatchObject({ method: 'POST', path: '/v1.0/$batch', status: 0 });
    expect((await batch(people.map(readFor))).size).toBe(5);
  });

  it('cutsBatch without afterHandler: the named part never ran, the others did', async () => {
    onFirst({ method: 'POST', cutsBatch: true });
    await expect(send(people.map(createFor))).rejects.toThrow();
    expect(holders()).toEqual(people.slice(1).map((person) => person.id));
  });

  it('a fault on the $batch request itself with afterHandler cuts it after all parts ran', async () => {
    harness.emulator.control.addFault({ method: 'POST', pathPattern: '/\\$batch$', drop: true, afterHandler: true, times: 1 });
    await expect(send(people.map(createFor))).rejects.toThrow();
    expect(holders()).toHaveLength(5);
  });
});

describe('probability with a seed: a share of requests, the same ones for the same seed', () => {
  const faultedIn = async (order: readonly GraphUser[]): Promise<string[]> => {
    const faulted: string[] = [];
    for (let start = 0; start < order.length; start += 20) {
      const parts = await batch(order.slice(start, start + 20).map(readFor));
      faulted.push(...[...parts.values()].filter((part) => part.status === 503).map((part) => part.id));
    }
    return faulted.sort();
  };

  const sixty = (): GraphUser[] => harness.emulator.control.seedPeople({ count: 55 }).concat(people);

  it('hits about the share asked, and again the same people in another order after a reset', async () => {
    const { control } = harness.emulator;
    const everyone = sixty();
    control.setFaultSeed(42);
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 503, probability: 0.3 });
    const first = await faultedIn(everyone);
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(40);

    control.reset();
    people = control.seedPeople({ count: 5 });
    const again = sixty();
    expect(again.map((person) => person.id).sort()).toEqual(everyone.map((person) => person.id).sort());
    control.setFaultSeed(42);
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 503, probability: 0.3 });
    expect(await faultedIn([...again].reverse())).toEqual(first);
  });

  it('another seed hits other people; 0 hits nobody and 1 everybody', async () => {
    const { control } = harness.emulator;
    const everyone = sixty();
    control.setFaultSeed(42);
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 503, probability: 0.3 });
    const first = await faultedIn(everyone);
    control.clearFaults();
    control.setFaultSeed(7);
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 503, probability: 0.3 });
    expect(await faultedIn(everyone)).not.toEqual(first);
    control.clearFaults();
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 503, probability: 0 });
    expect(await faultedIn(everyone)).toEqual([]);
    control.clearFaults();
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 503, probability: 1 });
    expect(await faultedIn(everyone)).toHaveLength(60);
  });

  it('two faults on one path roll apart: a second fault hits requests the first one spared', async () => {
    const { control } = harness.emulator;
    const everyone = sixty();
    control.setFaultSeed(42);
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 503, probability: 0.3 });
    control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users/[^/]+$', status: 504, probability: 0.3 });
    const statuses: number[] = [];
    for (let start = 0; start < everyone.length; start += 20) {
      const parts = await batch(everyone.slice(start, start + 20).map(readFor));
      statuses.push(...[...parts.values()].map((part) => part.status));
    }
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(5);
    expect(statuses.filter((status) => status === 504).length).toBeGreaterThan(5);
  });

  it('the seed and the share are set over HTTP, and refused out of range', async () => {
    const put = (path: string, method: string, body: unknown) =>
      harness.request(`${harness.emulator.controlUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await put('/faults/seed', 'PUT', { seed: 42 })).status).toBe(204);
    expect((await put('/faults/seed', 'PUT', { seed: 'x' })).status).toBe(400);
    expect((await put('/faults', 'POST', { pathPattern: 'x', status: 503, probability: 1.5 })).status).toBe(400);
    expect((await put('/faults', 'POST', { pathPattern: 'x', status: 503, probability: 0.5, cutsBatch: true })).status).toBe(201);
  });
});

describe('outside a batch', () => {
  it('cutsBatch cuts the request like drop', async () => {
    harness.emulator.control.addFault({ pathPattern: '^/v1\\.0/organization$', cutsBatch: true, times: 1 });
    await expect(harness.graph('/organization', { token })).rejects.toThrow();
    expect((await harness.graph('/organization', { token })).status).toBe(200);
  });
});
