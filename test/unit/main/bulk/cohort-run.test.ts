import { describe, expect, it } from 'vitest';
import { runCohort, type PlannedRow, type RowEnd, type RunDeps } from '../../../../src/main/bulk/cohort-run';
import { RunControl } from '../../../../src/main/bulk/run-control';
import type { RunProgress } from '../../../../src/main/bulk/run-tally';
import { fakePassBatches, lostConnection, timedOut, type FakeOptions } from './fake-pass-batches';

const rowsFor = (count: number, first = 1): PlannedRow[] =>
  Array.from({ length: count }, (_, index) => ({ line: first + index, userId: `u${first + index}`, action: 'issue', expectedPassId: null, body: { lifetimeInMinutes: 60 } }));

/** A run against the fake, on a clock that moves only when the run sleeps. */
const runWith = (options: FakeOptions = {}, control = new RunControl()) => {
  const graph = fakePassBatches(options);
  const clock = { now: 0 };
  const progress: RunProgress[] = [];
  const ended: [PlannedRow, RowEnd][] = [];
  const sendClock: number[] = [];
  /** When each progress was told, and how many batches had gone out by then. */
  const told: { at: number; sent: number }[] = [];
  const deps: RunDeps = {
    send: (requests) => {
      sendClock.push(clock.now);
      return graph.send(requests);
    },
    control,
    onProgress: (step) => {
      progress.push(step);
      told.push({ at: clock.now, sent: sendClock.length });
    },
    onRowEnd: async (row, end) => void ended.push([row, end]),
    sleep: async (ms) => void (clock.now += ms),
    now: () => clock.now,
  };
  return { graph, clock, progress, told, ended, sendClock, control, run: (rows: PlannedRow[]) => runCohort(deps, rows) };
};

const results = (ends: Map<number, RowEnd>) => [...ends.values()].map((end) => end.result);
const outcomes = (ends: Map<number, RowEnd>) => results(ends).map((result) => result.outcome);
const end = (ends: Map<number, RowEnd>, line: number) => ends.get(line)!;
const methods = (batch: readonly { method?: string }[]) => batch.map((request) => request.method ?? 'GET');
const forUser = (sent: readonly (readonly { url: string; method?: string }[])[], userId: string) =>
  sent.flatMap((batch) => batch.filter((request) => request.url.split('/')[2] === userId).map((request) => request.method ?? 'GET'));

describe('planning a run', () => {
  it('reads each chunk of 20 people in one batch, then creates in one, with at most five batches in flight', async () => {
    const test = runWith();
    const ends = await test.run(rowsFor(130));
    expect(test.graph.sent.every((batch) => batch.length <= 20)).toBe(true);
    expect(test.graph.sent.filter((batch) => methods(batch).every((method) => method === 'GET'))).toHaveLength(7);
    expect(test.graph.sent.filter((batch) => methods(batch).every((method) => method === 'POST'))).toHaveLength(7);
    expect(test.graph.peak()).toBe(5);
    expect(forUser(test.graph.sent, 'u77')).toEqual(['GET', 'POST']);
    expect(outcomes(ends)).toEqual(Array(130).fill('issued'));
    expect(test.ended).toHaveLength(130);
    expect(test.progress.at(-1)).toMatchObject({ done: 130, total: 130, state: 'finished', counts: { issued: 130 }, secondsLeft: 0 });
  });

  it('hands back for each issued row the code of exactly the pass the person holds, and the code nowhere else', async () => {
    const test = runWith();
    const ends = await test.run(rowsFor(25));
    for (const [line, { result, code }] of ends) {
      const held = test.graph.passOf(`u${line}`);
      expect(result.pass?.id).toBe(held?.id);
      expect(code).toBe(test.graph.codeOf(held!.id));
      expect(result).toMatchObject({ held: true, handedOver: false, replacedPassId: null, recovered: null, error: null });
      expect(JSON.stringify(result).includes(code!)).toBe(false);
    }
    expect(JSON.stringify(test.progress)).not.toMatch(/code-/);
  });

  it('sends one create for a person named on two lines, and fails the later line', async () => {
    const test = runWith();
    const ends = await test.run([...rowsFor(2), { ...rowsFor(1)[0]!, line: 9 }]);
    expect(end(ends, 9).result).toMatchObject({ outcome: 'failed', error: { code: 'validation', reason: 'invalid_request' } });
    expect(test.graph.creates.filter((userId) => userId === 'u1')).toHaveLength(1);
  });
});

describe('the pass there before', () => {
  it('is replaced only when it is the one the technician saw and chose to replace', async () => {
    const test = runWith();
    test.graph.give('u1', 'seen');
    test.graph.give('u2', 'other-desk');
    test.graph.give('u3', 'unseen');
    const rows: PlannedRow[] = [
      { ...rowsFor(1, 1)[0]!, action: 'replace', expectedPassId: 'seen' },
      { ...rowsFor(1, 2)[0]!, action: 'replace', expectedPassId: 'seen-at-check' },
      { ...rowsFor(1, 3)[0]!, action: 'issue', expectedPassId: null },
      // The pass seen at the check was used up or revoked since: nothing stands in the way.
      { ...rowsFor(1, 4)[0]!, action: 'replace', expectedPassId: 'gone' },
    ];
    const ends = await test.run(rows);
    expect(end(ends, 1).result).toMatchObject({ outcome: 'issued', replacedPassId: 'seen' });
    expect(end(ends, 2).result).toMatchObject({ outcome: 'refused', error: { code: 'pass_changed', passState: null } });
    expect(end(ends, 3).result).toMatchObject({ outcome: 'refused', error: { code: 'pass_exists' } });
    expect(end(ends, 4).result).toMatchObject({ outcome: 'issued', replacedPassId: null });
    expect(test.graph.passOf('u2')?.id).toBe('other-desk');
    expect(test.graph.passOf('u3')?.id).toBe('unseen');
    expect(forUser(test.graph.sent, 'u2')).toEqual(['GET']);
  });
});

describe('a throttled create', () => {
  it('is sent again after its Retry-After, and every lane waits it out', async () => {
    let throttled = false;
    const test = runWith({
      part: (request, userId) => {
        if (request.method !== 'POST' || userId !== 'u5' || throttled) return undefined;
        throttled = true;
        return { status: 429, retryAfterSeconds: 7 };
      },
    });
    const ends = await test.run(rowsFor(130));
    const told = test.progress.findIndex((step) => step.throttledSeconds === 7);
    expect(told).toBeGreaterThan(-1);
    const { at, sent } = test.told[told]!;
    const later = test.sendClock.slice(sent);
    expect(later.length).toBeGreaterThan(1);
    expect(later.every((sentAt) => sentAt >= at + 7_000)).toBe(true);
    expect(end(ends, 5).result).toMatchObject({ outcome: 'issued', recovered: null });
    expect(forUser(test.graph.sent, 'u5')).toEqual(['GET', 'POST', 'POST']);
  });

  it('fails as throttled when the service keeps refusing, with nothing created', async () => {
    const test = runWith({ part: (request, userId) => (request.method === 'POST' && userId === 'u1' ? { status: 429 } : undefined) });
    const ends = await test.run(rowsFor(2));
    expect(end(ends, 1).result).toMatchObject({ outcome: 'failed', error: { code: 'throttled', passState: null } });
    expect(test.graph.passOf('u1')).toBeNull();
    expect(end(ends, 2).result.outcome).toBe('issued');
  });
});

describe('refusals', () => {
  it('end the row with the code the answer maps to and Graph’s request id', async () => {
    const error = (message: string) => ({ error: { code: 'badRequest', message, innerError: { 'request-id': 'req-7' } } });
    const test = runWith({
      part: (request, userId) => {
        if (request.method !== 'POST') return undefined;
        if (userId === 'u1') return { status: 400, body: error('Invalid LifetimeInMinutes specified. The valid range between 60 and 480.') };
        if (userId === 'u2') return { status: 403, body: error('Insufficient privileges to complete the operation.') };
        return userId === 'u3' ? { status: 400, body: error('Something else.') } : undefined;
      },
    });
    const ends = await test.run(rowsFor(3));
    expect(end(ends, 1).result).toMatchObject({ outcome: 'refused', error: { code: 'lifetime_out_of_range', requestId: 'req-7' } });
    expect(end(ends, 2).result).toMatchObject({ outcome: 'refused', error: { code: 'insufficient_role' } });
    expect(end(ends, 3).result).toMatchObject({ outcome: 'failed', error: { code: 'validation' } });
    expect(test.ended.map(([row]) => row.line).sort()).toEqual([1, 2, 3]);
  });
});

describe('a create whose outcome is unknown', () => {
  it('is read back after a 503 and, nothing created, sent again', async () => {
    let failed = false;
    const test = runWith({
      part: (request, userId) => {
        if (request.method !== 'POST' || userId !== 'u3' || failed) return undefined;
        failed = true;
        return { status: 503 };
      },
    });
    const ends = await test.run(rowsFor(4));
    expect(end(ends, 3).result).toMatchObject({ outcome: 'issued', recovered: null });
    expect(forUser(test.graph.sent, 'u3')).toEqual(['GET', 'POST', 'GET', 'POST']);
    expect(test.graph.creates.filter((userId) => userId === 'u3')).toHaveLength(1);
    expect(test.graph.overlappingCreates()).toBe(0);
  });

  it('that was carried out is replaced once by a pass whose code can be read', async () => {
    let lost = false;
    const test = runWith({
      part: (request, userId) => {
        if (request.method !== 'POST' || userId !== 'u2' || lost) return undefined;
        lost = true;
        return { lostAfterRunning: 'gateway' };
      },
    });
    const ends = await test.run(rowsFor(3));
    const { result, code } = end(ends, 2);
    expect(result).toMatchObject({ outcome: 'issued', recovered: 'service_unavailable' });
    expect(test.graph.creates.filter((userId) => userId === 'u2')).toHaveLength(2);
    expect(result.pass?.id).toBe(test.graph.passOf('u2')?.id);
    expect(code).toBe(test.graph.codeOf(result.pass!.id));
  });

  it('is read back for every person of a batch whose answer was lost after it ran', async () => {
    const test = runWith({ batch: (requests, call) => (call === 2 ? { error: lostConnection, ran: true } : undefined) });
    const ends = await test.run(rowsFor(5));
    expect(results(ends).every((result) => result.outcome === 'issued' && result.recovered === 'network')).toBe(true);
    expect(test.graph.creates).toHaveLength(10);
    for (const [line, { result }] of ends) expect(test.graph.passOf(`u${line}`)?.id).toBe(result.pass?.id);
  });

  it('is read back when the batch came back without its part', async () => {
    const test = runWith({ part: (request, userId) => (request.method === 'POST' && userId === 'u1' && test.graph.creates.length === 0 ? { lostAfterRunning: 'missing' } : undefined) });
    const ends = await test.run(rowsFor(1));
    expect(end(ends, 1).result).toMatchObject({ outcome: 'issued', recovered: 'network' });
  });

  it('after a timeout that changed nothing yet, fails as pending: the create may still arrive', async () => {
    const test = runWith({ batch: (requests, call) => (call === 2 ? { error: timedOut, ran: false } : undefined) });
    const ends = await test.run(rowsFor(2));
    expect(end(ends, 1).result).toMatchObject({ outcome: 'failed', error: { code: 'timeout', passState: { outcome: 'pending', previousPass: 'none' } } });
    expect(test.graph.sent.map(methods).map((batch) => batch[0])).toEqual(['GET', 'POST', 'GET']);
  });

  it('that cannot be read back either fails with the state unknown', async () => {
    const test = runWith({
      part: (request, userId) => {
        if (userId !== 'u1') return undefined;
        if (request.method === 'POST') return { lostAfterRunning: 'gateway' };
        return test.graph.creates.length > 0 ? { status: 500 } : undefined;
      },
    });
    const ends = await test.run(rowsFor(1));
    expect(end(ends, 1).result).toMatchObject({ outcome: 'failed', error: { code: 'service_unavailable', passState: { outcome: 'unknown', previousPass: 'unknown' } } });
  });

  it('lost twice says a pass nobody can read is there, and creates no third', async () => {
    const test = runWith({ part: (request) => (request.method === 'POST' ? { lostAfterRunning: 'gateway' } : undefined) });
    test.graph.give('u1', 'seen');
    const ends = await test.run([{ ...rowsFor(1)[0]!, action: 'replace', expectedPassId: 'seen' }]);
    expect(end(ends, 1).result).toMatchObject({ outcome: 'failed', error: { code: 'pass_unreadable', passState: { outcome: 'unreadable', previousPass: 'gone' } } });
    expect(test.graph.creates).toEqual(['u1', 'u1']);
  });

  it('is sent again only a bounded number of times while nothing appears', async () => {
    const test = runWith({ part: (request) => (request.method === 'POST' ? { status: 503 } : undefined) });
    const ends = await test.run(rowsFor(1));
    expect(end(ends, 1).result).toMatchObject({ outcome: 'failed', error: { code: 'service_unavailable', passState: { outcome: 'not_created', previousPass: 'none' } } });
    expect(forUser(test.graph.sent, 'u1').filter((method) => method === 'POST')).toHaveLength(3);
  });
});

describe('Cancel', () => {
  it('half-way skips the rows not sent yet and lists the passes already issued', async () => {
    const control = new RunControl();
    const test = runWith({ onSend: (requests) => void (requests[0]?.method === 'POST' && control.cancel()) }, control);
    const ends = await test.run(rowsFor(130));
    const createdFor = new Set(test.graph.creates);
    expect(ends.size).toBe(130);
    for (const [line, { result, code }] of ends) {
      if (createdFor.has(`u${line}`)) expect(result.outcome === 'issued' && code === test.graph.codeOf(result.pass!.id)).toBe(true);
      else expect(result).toMatchObject({ outcome: 'skipped', skippedBecause: 'cancelled' });
    }
    expect(createdFor.size).toBeGreaterThan(0);
    expect(createdFor.size).toBeLessThan(130);
    expect(test.graph.sent.filter((batch) => batch[0]?.method === 'POST')).toHaveLength(createdFor.size / 20);
    expect(test.ended.map(([row]) => row.line).sort()).toEqual([...ends.values()].filter((row) => row.result.outcome === 'issued').map((row) => row.result.line).sort());
    expect(test.progress.at(-1)).toMatchObject({ state: 'finished', counts: { issued: createdFor.size, skipped: 130 - createdFor.size } });
    expect(control.cancel()).toBe(false);
  });

  it('still reads back a create that was lost, but sends no other', async () => {
    const control = new RunControl();
    const test = runWith(
      {
        part: (request) => (request.method === 'POST' ? { lostAfterRunning: 'gateway' } : undefined),
        onSend: (requests) => void (requests[0]?.method === 'POST' && control.cancel()),
      },
      control,
    );
    const ends = await test.run(rowsFor(1));
    expect(end(ends, 1).result).toMatchObject({ outcome: 'failed', error: { code: 'pass_unreadable', passState: { outcome: 'unreadable' } } });
    expect(forUser(test.graph.sent, 'u1')).toEqual(['GET', 'POST', 'GET']);
  });
});

describe('Pause', () => {
  it('sends nothing more until Resume, and the batch out is answered and used', async () => {
    const control = new RunControl();
    const test = runWith({ onSend: (requests, call) => void (call === 1 && control.pause()) }, control);
    const running = test.run(rowsFor(130));
    for (let turn = 0; turn < 50 && control.state !== 'paused'; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(control.state).toBe('paused');
    const sent = test.graph.sent.length;
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(test.graph.sent.length).toBe(sent);
    expect(test.progress.at(-1)?.state).toBe('paused');
    control.resume();
    const ends = await running;
    expect(outcomes(ends)).toEqual(Array(130).fill('issued'));
  });
});
