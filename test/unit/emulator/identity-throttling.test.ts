import type { Response } from 'undici';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoGroups, demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

/**
 * Graph's identity and access limits (https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits),
 * which the emulator keeps only when asked: a token bucket per app and tenant, charged each request's cost, with each
 * `$batch` part "evaluated individually against the applicable throttling limits" (https://learn.microsoft.com/graph/json-batching).
 */

const harness = useHarness();
let token: string;
beforeEach(async () => {
  token = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
});

interface BatchPart {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: { error?: { code: string } };
}

const batch = async (requests: unknown[]): Promise<BatchPart[]> => {
  const response = await harness.graph('/$batch', { token, method: 'POST', body: { requests } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { responses: BatchPart[] }).responses;
};

/** The status once the body is read, so no answer is left open when the harness closes. */
const statusOf = async (pending: Promise<Response>): Promise<number> => {
  const response = await pending;
  await response.arrayBuffer();
  return response.status;
};

const reads = (count: number) => Array.from({ length: count }, (_, index) => ({ id: String(index), method: 'GET', url: `/users/${demoPeople.inScope.id}` }));

const expectThrottled = async (response: Response, information = 'ResourceUnitLimitExceeded'): Promise<void> => {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  expect(response.headers.get('x-ms-throttle-information')).toBe(information);
  expect(response.headers.get('x-ms-throttle-scope')).toBe(`Tenant_Application/${information === 'WriteLimitExceeded' ? 'Write' : 'ReadWrite'}/${harness.emulator.clientId}/${harness.emulator.tenantId}`);
  expect(await graphError(response)).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.' });
};

describe('off unless turned on', () => {
  it('answers everything and charges nothing after a reset', async () => {
    const statuses = await Promise.all(Array.from({ length: 40 }, () => statusOf(harness.graph(`/users/${demoPeople.inScope.id}`, { token }))));
    expect(statuses).toEqual(Array.from({ length: 40 }, () => 200));
    const one = await harness.graph(`/users/${demoPeople.inScope.id}`, { token });
    await one.arrayBuffer();
    expect(one.headers.get('x-ms-resource-unit')).toBeNull();
  });
});

describe('the limits in force (https://learn.microsoft.com/graph/throttling-limits: S under 50 users, M 50 to 500, L above 500)', () => {
  it('by the tenant’s size unless set, with the documented write quota', () => {
    const { control } = harness.emulator;
    expect(control.setThrottling({ enabled: true })).toEqual({ enabled: true, resourceUnitsPer10Seconds: 3_500, writesPer150Seconds: 3_000 });
    control.seedPeople({ count: 100 });
    expect(control.setThrottling({ enabled: true })).toMatchObject({ resourceUnitsPer10Seconds: 5_000 });
    control.seedPeople({ count: 500 });
    expect(control.setThrottling({ enabled: true })).toMatchObject({ resourceUnitsPer10Seconds: 8_000 });
    expect(control.setThrottling({ enabled: true, resourceUnitsPer10Seconds: 12, writesPer150Seconds: 4 })).toEqual({ enabled: true, resourceUnitsPer10Seconds: 12, writesPer150Seconds: 4 });
  });

  it('is set over HTTP with PUT /_emulator/throttling, refusing what it does not know', async () => {
    const put = (body: unknown) =>
      harness.request(`${harness.emulator.controlUrl}/throttling`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answered = await put({ enabled: true, resourceUnitsPer10Seconds: 50 });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ enabled: true, resourceUnitsPer10Seconds: 50, writesPer150Seconds: 3_000 });
    for (const body of [{ enabled: true, resourceUnitsPer10Seconds: 0 }, { enabled: 'yes' }, { enabled: true, perSecond: 5 }]) expect((await put(body)).status).toBe(400);
  });
});

describe('request costs (https://learn.microsoft.com/graph/throttling-limits: base costs and what changes them, x-ms-resource-unit)', () => {
  beforeEach(() => {
    harness.emulator.control.setThrottling({ enabled: true });
  });

  const unitsOf = async (path: string, init: { method?: string; body?: unknown } = {}): Promise<string | null> => {
    const response = await harness.graph(path, { token, ...init });
    expect(response.status, await response.text()).toBeLessThan(300);
    return response.headers.get('x-ms-resource-unit');
  };

  it.each([
    ['GET users costs 2', '/users', '2'],
    ['$top under 20 takes 1 off', '/users?$top=5', '1'],
    ['$select takes 1 off', '/users?$select=id', '1'],
    ['a cost is never below 1', '/users?$select=id&$top=5', '1'],
    ['any other identity path costs 1', `/users/${demoPeople.inScope.id}`, '1'],
    ['me/transitiveMemberOf costs 2', '/me/transitiveMemberOf/microsoft.graph.directoryRole?$count=true', '2'],
  ])('%s', async (_name, path, units) => {
    const headers = path.includes('$count') ? { ConsistencyLevel: 'eventual' } : undefined;
    const response = await harness.graph(path, { token, ...(headers ? { headers } : {}) });
    expect(response.status, await response.text()).toBe(200);
    expect(response.headers.get('x-ms-resource-unit')).toBe(units);
  });

  it('POST checkMemberGroups costs 4 (as me/checkMemberGroups), a pass 1', async () => {
    expect(await unitsOf(`/users/${demoPeople.inScope.id}/checkMemberGroups`, { method: 'POST', body: { groupIds: [demoGroups.eligible.id] } })).toBe('4');
    expect(await unitsOf(`/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`, { method: 'POST', body: {} })).toBe('1');
  });

  it('mail is Outlook’s and not charged here; the $batch envelope is not charged, its parts are', async () => {
    expect(await unitsOf('/me/sendMail', { method: 'POST', body: { message: { subject: 'Hi', body: { contentType: 'Text', content: 'Hi' }, toRecipients: [{ emailAddress: { address: demoPeople.inScope.userPrincipalName } }] } } })).toBeNull();
    const parts = await batch(reads(2));
    expect(parts.map((part) => part.headers['x-ms-resource-unit'])).toEqual(['1', '1']);
  });
});

describe('an empty bucket', () => {
  it('answers 429 with whole-second Retry-After and Graph’s TooManyRequests body, and serves again once it has filled', async () => {
    const { control } = harness.emulator;
    control.setThrottling({ enabled: true, resourceUnitsPer10Seconds: 4 });
    for (let index = 0; index < 4; index += 1) expect(await statusOf(harness.graph(`/users/${demoPeople.inScope.id}`, { token }))).toBe(200);
    const refused = await harness.graph(`/users/${demoPeople.inScope.id}`, { token, headers: { 'client-request-id': 'over-the-limit' } });
    await expectThrottled(refused.clone());
    expect((await graphError(refused)).innerError['client-request-id']).toBe('over-the-limit');
    // A refused request takes nothing: the bucket fills at 4 units per 10 seconds whatever was refused.
    control.setClockOffset(3_000);
    expect(await statusOf(harness.graph(`/users/${demoPeople.inScope.id}`, { token }))).toBe(200);
  });

  it('inside $batch only the parts over the limit get 429, each with its Retry-After; the others run', async () => {
    harness.emulator.control.setThrottling({ enabled: true, resourceUnitsPer10Seconds: 5 });
    const parts = await batch(reads(20));
    expect(parts.filter((part) => part.status === 200)).toHaveLength(5);
    const throttled = parts.filter((part) => part.status === 429);
    expect(throttled).toHaveLength(15);
    for (const part of throttled) {
      expect(part.headers['Retry-After']).toMatch(/^[1-9]\d*$/);
      expect(part.body?.error?.code).toBe('TooManyRequests');
    }
  });

  it('a write over the write quota is refused before it runs: no pass is created', async () => {
    const { control } = harness.emulator;
    const people = control.seedPeople({ count: 6 });
    control.setThrottling({ enabled: true, writesPer150Seconds: 3 });
    const parts = await batch(
      people.map((person) => ({
        id: person.id,
        method: 'POST',
        url: `/users/${person.id}/authentication/temporaryAccessPassMethods`,
        headers: { 'Content-Type': 'application/json' },
        body: {},
      })),
    );
    const created = parts.filter((part) => part.status === 201).map((part) => part.id);
    expect(created).toHaveLength(3);
    for (const part of parts.filter((each) => each.status === 429)) expect(part.headers['x-ms-throttle-information']).toBe('WriteLimitExceeded');
    expect(people.filter((person) => control.passOf(person.id) !== null).map((person) => person.id).sort()).toEqual(created.sort());
    await expectThrottled(await harness.graph(`/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`, { token, method: 'POST', body: {} }), 'WriteLimitExceeded');
    expect(await statusOf(harness.graph(`/users/${demoPeople.inScope.id}`, { token }))).toBe(200);
  });

  it('is gone after a reset', async () => {
    harness.emulator.control.setThrottling({ enabled: true, resourceUnitsPer10Seconds: 1 });
    await statusOf(harness.graph('/me', { token }));
    harness.emulator.control.reset();
    expect(await statusOf(harness.graph('/me', { token }))).toBe(200);
  });
});
