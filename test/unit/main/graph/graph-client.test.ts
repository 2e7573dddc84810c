import { describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { sendBatch } from '../../../../src/main/graph/graph-batch';
import { connectGraph } from '../../../../src/main/graph/graph-client';
import { graphPermissions } from '../../../../src/main/graph/graph-permissions';
import { toAppError } from '../../../../src/main/graph/error-mapping';
import { CallLimits, defaultCallBudgets } from '../../../../src/main/net/call-limits';
import { useEmulator } from '../../../support/use-emulator';

const emulator = useEmulator();

const graphWith = (budgets = defaultCallBudgets) =>
  connectGraph(
    emulator.graphHost,
    emulator.caCertPem,
    async (permissions) =>
      (await emulator.control.issueToken({ username: demoTechnicians.privAuth.userPrincipalName, scopes: ['User.Read.All', ...permissions] })).access_token,
    new CallLimits(budgets),
  );

const lena = demoPeople.inScope.id;
const create = [{ id: '1', method: 'POST' as const, url: `/users/${lena}/authentication/temporaryAccessPassMethods`, body: {} }];
const read = [{ id: '1', url: `/users/${lena}/authentication/temporaryAccessPassMethods` }];
const roundTrips = () => emulator.control.requestLog().filter((entry) => entry.path.endsWith('/$batch')).length;
/** The fault acts on the round trip, not on its parts (the emulator's `withFaults`). */
const wholeBatch = '\\$batch$';

// https://learn.microsoft.com/graph/throttling: a 429 means the request was not carried out; a 503 says nothing of it.
describe('a batch of writes', () => {
  it('is not sent again by the client after a 503 of the whole batch: its creates may have run', async () => {
    emulator.control.addFault({ method: 'POST', pathPattern: wholeBatch, status: 503, retryAfterSeconds: 0, times: 1 });
    const error = await sendBatch(graphWith(), graphPermissions.passes, create, { write: true }).catch((caught: unknown) => caught);
    expect(toAppError(error).code).toBe('service_unavailable');
    expect(roundTrips()).toBe(1);
  });

  it('is sent again after a 429 of the whole batch, which ran nothing', async () => {
    emulator.control.addFault({ method: 'POST', pathPattern: wholeBatch, status: 429, retryAfterSeconds: 0, times: 1 });
    const answers = await sendBatch(graphWith(), graphPermissions.passes, create, { write: true });
    expect(answers.get('1')?.status).toBe(201);
    expect(roundTrips()).toBe(2);
  });

  it('runs under the create budget, not the shorter read budget', async () => {
    emulator.control.addFault({ method: 'POST', pathPattern: wholeBatch, latencyMs: 600, times: 2 });
    const graph = graphWith({ ...defaultCallBudgets, read: 300, create: 5_000 });
    expect((await sendBatch(graph, graphPermissions.passes, create, { write: true })).get('1')?.status).toBe(201);
    const error = await sendBatch(graph, graphPermissions.passes, read).catch((caught: unknown) => caught);
    expect(toAppError(error).code).toBe('timeout');
  });
});

describe('a batch of reads', () => {
  it('is sent again after a 503 of the whole batch, as any read', async () => {
    emulator.control.addFault({ method: 'POST', pathPattern: wholeBatch, status: 503, retryAfterSeconds: 0, times: 1 });
    const answers = await sendBatch(graphWith(), graphPermissions.passes, read);
    expect(answers.get('1')?.status).toBe(200);
    expect(roundTrips()).toBe(2);
  });
});
