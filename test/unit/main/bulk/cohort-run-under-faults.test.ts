import { describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../../src/emulator';
import { runCohort, type PlannedRow, type RowEnd } from '../../../../src/main/bulk/cohort-run';
import { RunControl } from '../../../../src/main/bulk/run-control';
import { sendBatch } from '../../../../src/main/graph/graph-batch';
import { connectGraph } from '../../../../src/main/graph/graph-client';
import { graphPermissions } from '../../../../src/main/graph/graph-permissions';
import { CallLimits } from '../../../../src/main/net/call-limits';
import { useEmulator } from '../../../support/use-emulator';

const emulator = useEmulator();

/** The run's one round trip as main wires it: a batch of writes the client does not repeat after a 503. */
const writeBatches = () => {
  const graph = connectGraph(
    emulator.graphHost,
    emulator.caCertPem,
    async (permissions) =>
      (await emulator.control.issueToken({ username: demoTechnicians.privAuth.userPrincipalName, scopes: ['User.Read.All', ...permissions] })).access_token,
    new CallLimits(),
  );
  return (requests: Parameters<typeof sendBatch>[2]) => sendBatch(graph, graphPermissions.passes, requests, { write: true });
};

const cohort = (count: number): PlannedRow[] =>
  emulator.control.seedPeople({ count, surname: 'Cohort' }).map((person, index) => ({
    line: index + 2,
    userId: person.id,
    action: 'issue',
    expectedPassId: null,
    body: {},
  }));

const run = async (rows: PlannedRow[]) => {
  const recorded: number[] = [];
  const progress: unknown[] = [];
  const ends = await runCohort(
    { send: writeBatches(), control: new RunControl(), onProgress: (step) => void progress.push(step), onRowEnd: async (row) => void recorded.push(row.line) },
    rows,
  );
  return { ends, recorded, progress };
};

/** Every issued person holds exactly the pass whose code came back, and the code is nowhere but in the row's end. */
const expectHeld = (rows: readonly PlannedRow[], ends: Map<number, RowEnd>) => {
  for (const row of rows) {
    const { result, code } = ends.get(row.line)!;
    expect(result.outcome).toBe('issued');
    expect(emulator.control.passOf(row.userId)?.['id']).toBe(result.pass?.id);
    expect(code?.length).toBeGreaterThanOrEqual(8);
    expect(JSON.stringify(result).includes(code!)).toBe(false);
  }
};

const passes = 'temporaryAccessPassMethods$';

// The emulator answers a fault on a part's path as that part's answer; with afterHandler the create ran first.
describe('a cohort of 60 issued through $batch under faults', () => {
  it('ends every row, each issued person holding the one pass whose code came back', async () => {
    const rows = cohort(60);
    emulator.control.addFault({ method: 'GET', pathPattern: passes, status: 503, retryAfterSeconds: 0, times: 2 });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, status: 429, retryAfterSeconds: 1, times: 3 });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, status: 503, retryAfterSeconds: 0, times: 3 });
    emulator.control.addFault({ method: 'POST', pathPattern: passes, drop: true, afterHandler: true, times: 3 });
    const { ends, recorded, progress } = await run(rows);

    expect(ends.size).toBe(60);
    expectHeld(rows, ends);
    expect(recorded.sort((a, b) => a - b)).toEqual(rows.map((row) => row.line));
    const recovered = [...ends.values()].filter((end) => end.result.recovered !== null);
    expect(recovered.map((end) => end.result.recovered)).toEqual(['service_unavailable', 'service_unavailable', 'service_unavailable']);
    // One create per person, and one more for each whose first answer was lost after it ran.
    expect(emulator.control.passAudit().filter((entry) => entry.activity === 'create')).toHaveLength(63);
    expect(progress.at(-1)).toMatchObject({ done: 60, total: 60, state: 'finished', counts: { issued: 60 } });
    const told = JSON.stringify(progress);
    expect([...ends.values()].some((end) => told.includes(end.code!))).toBe(false);
  });

  it('reads back a whole batch whose connection was cut after its creates ran, and replaces those passes once', async () => {
    // Two chunks of 20: whichever create batch arrives first is cut.
    const rows = cohort(40);
    emulator.control.addFault({ method: 'POST', pathPattern: passes, cutsBatch: true, afterHandler: true, times: 1 });
    const { ends } = await run(rows);
    expectHeld(rows, ends);
    const recovered = [...ends.values()].filter((end) => end.result.recovered === 'network');
    expect(recovered).toHaveLength(20);
    expect(emulator.control.passAudit().filter((entry) => entry.activity === 'create')).toHaveLength(60);
  });
});
