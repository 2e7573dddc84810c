import { describe, expect, it } from 'vitest';
import { failure } from '../../../../src/main/app-failure';
import { RunControl } from '../../../../src/main/bulk/run-control';
import { BURST_REQUESTS, REQUESTS_PER_SECOND, RunPacing } from '../../../../src/main/bulk/run-pacing';
import { runRound } from '../../../../src/main/bulk/run-round';
import type { BatchAnswer, BatchGet } from '../../../../src/main/graph/graph-batch';

const setup = (answer: (requests: BatchGet[]) => Promise<Map<string, BatchAnswer>>) => {
  const clock = { now: 0 };
  const control = new RunControl(() => clock.now);
  const pacing = new RunPacing(() => clock.now, async (ms) => void (clock.now += ms), () => undefined);
  const sentAt: number[] = [];
  const round = runRound(
    (requests) => {
      sentAt.push(clock.now);
      return answer(requests);
    },
    control,
    pacing,
  );
  return { clock, control, pacing, sentAt, round };
};

const ids = (count: number) => Array.from({ length: count }, (_, index) => String(index + 1));
const request = (id: string): BatchGet => ({ id, url: `/users/${id}/authentication/temporaryAccessPassMethods` });
const answered = async (requests: BatchGet[]) => new Map(requests.map((one) => [one.id, { status: 200, body: { value: [] }, retryAfterSeconds: null }]));

describe('one round trip of a run', () => {
  it('gives each request its reply: the success, the mapped error, or a lost answer for a part that did not come back', async () => {
    const { round } = setup(async () =>
      new Map([
        ['1', { status: 201, body: { id: 'p' }, retryAfterSeconds: null }],
        ['2', { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } }, retryAfterSeconds: null }],
      ]),
    );
    const replies = await round(ids(3), request, true);
    expect(replies).toEqual([
      ['1', { ok: true, status: 201, body: { id: 'p' } }],
      ['2', { ok: false, error: expect.objectContaining({ code: 'user_not_found' }) }],
      ['3', { ok: false, error: expect.objectContaining({ code: 'network' }) }],
    ]);
  });

  it('gives every request of a lost batch that batch’s error, since any of them may have run', async () => {
    const { round } = setup(() => Promise.reject(failure('timeout', 'No answer within 30 seconds.')));
    const replies = await round(ids(2), request, true);
    expect(replies?.map(([, reply]) => (reply.ok ? null : reply.error.code))).toEqual(['timeout', 'timeout']);
  });

  it('waits for the pace when another lane took the tokens it was ready for', async () => {
    const { round, sentAt } = setup(answered);
    await Promise.all([round(ids(BURST_REQUESTS), request, true), round(ids(20), request, true)]);
    expect(sentAt).toEqual([0, (20 * 1000) / REQUESTS_PER_SECOND]);
  });

  it('sends nothing once cancelled, unless it is finding out what happened', async () => {
    const { round, control, sentAt } = setup(answered);
    control.pause();
    const stoppable = round(ids(1), request, true);
    const reading = round(ids(1), request, false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sentAt).toEqual([]);
    control.cancel();
    expect(await stoppable).toBeNull();
    expect(await reading).toHaveLength(1);
    expect(sentAt).toHaveLength(1);
  });
});
