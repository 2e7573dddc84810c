import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
});

interface BatchResponse {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }>;
}

const batch = (requests: unknown[]) => harness.graph('/$batch', { token, method: 'POST', body: { requests } });

describe('JSON batching (https://learn.microsoft.com/graph/json-batching)', () => {
  it('routes each request with the caller token and its own headers; responses match by id', async () => {
    const search = encodeURIComponent('"displayName:lena"');
    const response = await batch([
      { id: '1', method: 'GET', url: '/me?$select=id' },
      { id: '2', method: 'GET', url: `/users?$search=${search}&$select=displayName`, headers: { ConsistencyLevel: 'eventual' } },
      { id: '3', method: 'GET', url: `users?$search=${search}` },
      { id: '4', method: 'GET', url: `/users/${demoPeople.inScope.id}/photo/$value` },
    ]);
    expect(response.status).toBe(200);
    const byId = new Map(((await response.json()) as BatchResponse).responses.map((item) => [item.id, item]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { id: demoTechnicians.privAuth.id } });
    expect(byId.get('2')).toMatchObject({ status: 200, body: { value: [{ displayName: 'Lena Fischer' }] } });
    expect(byId.get('3')).toMatchObject({ status: 400, body: { error: { code: 'Request_UnsupportedQuery' } } });
    expect(byId.get('4')?.headers['Content-Type']).toBe('image/png');
    expect(Buffer.from(String(byId.get('4')?.body), 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('honours dependsOn and fails dependants of a failed request with 424', async () => {
    const response = await batch([
      { id: 'create', method: 'POST', url: `/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`, body: {}, headers: { 'Content-Type': 'application/json' } },
      { id: 'read', method: 'GET', url: `/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`, dependsOn: ['create'] },
      { id: 'guest', method: 'POST', url: `/users/${demoPeople.guest.id}/authentication/temporaryAccessPassMethods`, body: {}, headers: { 'Content-Type': 'application/json' } },
      { id: 'after-guest', method: 'GET', url: '/me', dependsOn: ['guest'] },
    ]);
    const byId = new Map(((await response.json()) as BatchResponse).responses.map((item) => [item.id, item]));
    expect(byId.get('create')?.status).toBe(201);
    expect((byId.get('read')?.body?.['value'] as unknown[]).length).toBe(1);
    expect(byId.get('guest')?.status).toBe(400);
    expect(byId.get('after-guest')?.status).toBe(424);
  });

  it('refuses the whole batch for more than 20 requests, repeated ids, or a body without Content-Type', async () => {
    const many = Array.from({ length: 21 }, (_, index) => ({ id: String(index), method: 'GET', url: '/me' }));
    expect((await batch(many)).status).toBe(400);
    const repeated = await batch([
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'A', method: 'GET', url: '/me' },
    ]);
    expect(repeated.status).toBe(400);
    expect((await graphError(repeated)).message).toBe('Request Id A has to be unique in a batch.');
    const bodyOnly = await batch([{ id: '1', method: 'POST', url: '/me/sendMail', body: {} }]);
    expect((await graphError(bodyOnly)).message).toBe('Write request id : 1 does not contain Content-Type header or body.');
    expect(harness.emulator.control.sentMail()).toEqual([]);
  });

  it('applies injected faults to individual requests', async () => {
    harness.emulator.control.addFault({ pathPattern: '^/v1\\.0/me$', status: 429, retryAfterSeconds: 2 });
    const response = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: `/users/${demoPeople.inScope.id}?$select=id` },
    ]);
    const byId = new Map(((await response.json()) as BatchResponse).responses.map((item) => [item.id, item]));
    expect(byId.get('1')).toMatchObject({ status: 429, headers: { 'Retry-After': '2' } });
    expect(byId.get('2')?.status).toBe(200);
  });
});

describe('fault injection', () => {
  it('throttles with 429, Retry-After and a Graph error body, for the given number of times', async () => {
    harness.emulator.control.addFault({ method: 'GET', pathPattern: '^/v1\\.0/users', status: 429, retryAfterSeconds: 1, times: 2 });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await harness.graph('/users?$top=1', { token, headers: { 'client-request-id': `try-${attempt}` } });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('1');
      const error = await graphError(response);
      expect(error.code).toBe('TooManyRequests');
      expect(error.innerError['client-request-id']).toBe(`try-${attempt}`);
    }
    expect((await harness.graph('/users?$top=1', { token })).status).toBe(200);
  });

  it('answers the token endpoint with 503 and Retry-After', async () => {
    harness.emulator.control.addFault({ pathPattern: '/oauth2/v2\\.0/token$', status: 503 });
    const response = await harness.request(`${harness.emulator.authority}/oauth2/v2.0/token`, { method: 'POST', body: '' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: 'temporarily_unavailable', error_codes: [90033] });
  });

  it('adds latency and cuts connections', async () => {
    harness.emulator.control.addFault({ pathPattern: '^/v1\\.0/me$', latencyMs: 200, times: 1 });
    const started = performance.now();
    expect((await harness.graph('/me', { token })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);

    harness.emulator.control.addFault({ pathPattern: '^/v1\\.0/organization$', drop: true, times: 1 });
    await expect(harness.graph('/organization', { token })).rejects.toThrow();
    expect((await harness.graph('/organization', { token })).status).toBe(200);
    expect(harness.emulator.control.requestLog().filter((entry) => entry.path === '/v1.0/organization').map((entry) => entry.status)).toEqual([0, 200]);
  });

  it('clears faults on request and on reset', async () => {
    harness.emulator.control.addFault({ pathPattern: '.*', status: 500 });
    expect((await harness.graph('/me', { token })).status).toBe(500);
    harness.emulator.control.clearFaults();
    expect((await harness.graph('/me', { token })).status).toBe(200);
    harness.emulator.control.addFault({ pathPattern: '.*', status: 500 });
    harness.emulator.control.reset();
    expect((await harness.graph('/me', { token })).status).toBe(200);
  });
});

describe('request log', () => {
  it('records method, path, status and client-request-id, and never a pass or a token', async () => {
    const created = await harness.graph(`/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`, {
      token,
      method: 'POST',
      body: {},
      headers: { 'client-request-id': 'issue-1' },
    });
    const pass = ((await created.json()) as { temporaryAccessPass: string }).temporaryAccessPass;
    const log = harness.emulator.control.requestLog();
    expect(log).toContainEqual({
      timestamp: expect.any(String),
      method: 'POST',
      path: `/v1.0/users/${demoPeople.inScope.id}/authentication/temporaryAccessPassMethods`,
      status: 201,
      clientRequestId: 'issue-1',
    });
    const serialized = JSON.stringify(log);
    expect(serialized).not.toContain(pass);
    expect(serialized).not.toContain(token.slice(-20));
  });
});
