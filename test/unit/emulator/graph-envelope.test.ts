import { beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.privAuth.userPrincipalName);
});

const passes = (userId: string) => `/users/${userId}/authentication/temporaryAccessPassMethods`;

// "Reliability and support": log request-id, timestamp and x-ms-ags-diagnostic, https://learn.microsoft.com/graph/best-practices-concept
describe('x-ms-ags-diagnostic on every Graph answer (https://learn.microsoft.com/graph/best-practices-concept)', () => {
  const serverInfoOf = (value: string | null): Record<string, unknown> => (JSON.parse(value ?? 'null') as { ServerInfo: Record<string, unknown> }).ServerInfo;

  it('carries ServerInfo with DataCenter, Slice, Ring, ScaleUnit, RoleInstance and ADSiteName, on success and on every kind of error', async () => {
    harness.emulator.control.addFault({ pathPattern: '^/v1\\.0/organization$', status: 429, retryAfterSeconds: 0, times: 1 });
    const answers = [
      await harness.graph('/organization', { token }),
      await harness.graph('/me', { token }),
      await harness.graph('/me'),
      await harness.graph('/users/00000000-0000-0000-0000-000000000001', { token }),
      await harness.graph('/nowhere', { token }),
      await harness.graph('/me', { token, method: 'DELETE' }),
      await harness.graph(passes(demoPeople.inScope.id), { token, method: 'POST', body: { lifetimeInMinutes: 5 } }),
      await harness.graph('/$batch', { token, method: 'POST', body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([429, 200, 401, 404, 400, 405, 400, 200]);
    for (const answer of answers) {
      expect(Object.keys(serverInfoOf(answer.headers.get('x-ms-ags-diagnostic'))).sort()).toEqual(['ADSiteName', 'DataCenter', 'Ring', 'RoleInstance', 'ScaleUnit', 'Slice']);
      expect(answer.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

// The error payload of POST …/temporaryAccessPassMethods, https://learn.microsoft.com/graph/errors
describe('Graph error bodies repeat the message in innerError (https://learn.microsoft.com/graph/errors)', () => {
  it('for a lifetime outside the policy, exactly as the service answers it', async () => {
    const response = await harness.graph(passes(demoPeople.inScope.id), { token, method: 'POST', body: { lifetimeInMinutes: 5 }, headers: { 'client-request-id': 'tap-1' } });
    const message = 'Invalid LifetimeInMinutes specified. The valid range between 60 and 480.';
    expect(await response.json()).toEqual({
      error: {
        code: 'badRequest',
        message,
        innerError: { message, date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/), 'request-id': response.headers.get('request-id'), 'client-request-id': 'tap-1' },
      },
    });
  });

  it('for every other Graph error too, and inside $batch', async () => {
    const unauthenticated = (await (await harness.graph('/me')).json()) as { error: { message: string; innerError: { message: string } } };
    expect(unauthenticated.error.innerError.message).toBe(unauthenticated.error.message);
    const batch = await harness.graph('/$batch', { token, method: 'POST', body: { requests: [{ id: 'g', method: 'POST', url: passes(demoPeople.guest.id), body: {}, headers: { 'Content-Type': 'application/json' } }] } });
    const [guest] = ((await batch.json()) as { responses: Array<{ body: { error: { message: string; innerError: { message: string } } } }> }).responses;
    expect(guest?.body.error.innerError.message).toBe('Temporary Access Pass cannot be added to an external guest user.');
  });
});

interface BatchAnswer {
  responses: Array<{ id: string; status: number; body?: Record<string, unknown> }>;
}

// Request ids within a batch: https://learn.microsoft.com/graph/json-batching
describe('$batch request ids are case-insensitive (https://learn.microsoft.com/graph/json-batching)', () => {
  const batch = (requests: unknown[]) => harness.graph('/$batch', { token, method: 'POST', body: { requests } });
  const byId = async (response: Awaited<ReturnType<typeof batch>>) => new Map(((await response.json()) as BatchAnswer).responses.map((item) => [item.id, item]));

  it('dependsOn names a request whatever the case, and waits for it', async () => {
    const response = await batch([
      { id: 'Create', method: 'POST', url: passes(demoPeople.inScope.id), body: {}, headers: { 'Content-Type': 'application/json' } },
      { id: 'read', method: 'GET', url: passes(demoPeople.inScope.id), dependsOn: ['CREATE'] },
    ]);
    expect(response.status).toBe(200);
    const answers = await byId(response);
    expect(answers.get('Create')?.status).toBe(201);
    expect((answers.get('read')?.body?.['value'] as unknown[]).length).toBe(1);
  });

  it('fails the dependant of a failed request with 424 across case', async () => {
    const answers = await byId(
      await batch([
        { id: 'guest', method: 'POST', url: passes(demoPeople.guest.id), body: {}, headers: { 'Content-Type': 'application/json' } },
        { id: 'after', method: 'GET', url: '/me', dependsOn: ['GUEST'] },
      ]),
    );
    expect(answers.get('guest')?.status).toBe(400);
    expect(answers.get('after')?.status).toBe(424);
  });

  it('refuses repeated ids and dependency cycles across case, and a dependency that is not in the batch', async () => {
    const repeated = await batch([
      { id: 'Me', method: 'GET', url: '/me' },
      { id: 'ME', method: 'GET', url: '/me' },
    ]);
    expect(repeated.status).toBe(400);
    const cycle = await batch([
      { id: 'a', method: 'GET', url: '/me', dependsOn: ['B'] },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['A'] },
    ]);
    expect(cycle.status).toBe(400);
    const missing = await batch([{ id: 'a', method: 'GET', url: '/me', dependsOn: ['c'] }]);
    expect(missing.status).toBe(400);
  });
});
