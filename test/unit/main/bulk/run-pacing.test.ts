import { describe, expect, it } from 'vitest';
import { BURST_REQUESTS, checkPace, pauseSeconds, REQUESTS_PER_SECOND, RunPacing } from '../../../../src/main/bulk/run-pacing';

/** A clock that moves only when the pacing sleeps. */
const fakeTime = () => {
  const time = { now: 0, sleeps: [] as number[], gates: 0 };
  const pacing = new RunPacing(
    () => time.now,
    async (ms) => {
      time.sleeps.push(ms);
      time.now += ms;
    },
    () => void (time.gates += 1),
  );
  return { time, pacing };
};

const send = async (pacing: RunPacing, count: number) => {
  await pacing.ready(count);
  expect(pacing.take(count)).toBe(true);
};

// https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits: 3,500 ResourceUnits per
// 10 s for the smallest tenants, 8,000 for large ones; a run keeps to 200 requests a second.
describe('the pace of a run', () => {
  it('stays under the smallest tenant’s quota for the app and tenant in any ten seconds, a full bucket included', () => {
    expect(BURST_REQUESTS + REQUESTS_PER_SECOND * 10).toBeLessThan(3_500);
  });

  it('sends a round of batches at once, then no more than its pace', async () => {
    const { time, pacing } = fakeTime();
    for (let sent = 0; sent < BURST_REQUESTS; sent += 20) await send(pacing, 20);
    expect(time.sleeps).toEqual([]);
    await send(pacing, 20);
    expect(time.now).toBe((20 * 1000) / REQUESTS_PER_SECOND);
    for (let batch = 0; batch < 10; batch += 1) await send(pacing, 20);
    expect(time.now).toBe((11 * 20 * 1000) / REQUESTS_PER_SECOND);
  });

  it('gives no tokens to a second lane that asks for the same ones', async () => {
    const { pacing } = fakeTime();
    await pacing.ready(BURST_REQUESTS);
    await pacing.ready(BURST_REQUESTS);
    expect(pacing.take(BURST_REQUESTS)).toBe(true);
    expect(pacing.take(BURST_REQUESTS)).toBe(false);
  });
});

describe('the pace of a check', () => {
  it('lets a hundred people’s steps go at once, and a thousand people’s at the refill rate once the bucket is empty', async () => {
    const time = { now: 0 };
    const pace = checkPace(
      () => time.now,
      async (ms) => void (time.now += ms),
    );
    for (let step = 0; step < 6; step += 1) await pace(100);
    expect(time.now).toBe(0);
    for (let step = 6; step < 10; step += 1) await pace(100);
    expect(time.now).toBe(0);
    await pace(100);
    expect(time.now).toBe((100 * 1000) / REQUESTS_PER_SECOND);
  });
});

describe('Microsoft’s pause', () => {
  it('holds every lane until the Retry-After has passed, and is told while it lasts', async () => {
    const { time, pacing } = fakeTime();
    pacing.throttle(7);
    expect(time.gates).toBe(1);
    expect(pacing.throttledSeconds()).toBe(7);
    expect(pacing.take(1)).toBe(false);
    await send(pacing, 20);
    expect(time.now).toBe(7_000);
    expect(pacing.throttledSeconds()).toBeNull();
    expect(time.gates).toBe(2);
  });

  it('keeps the longest of the pauses asked for', () => {
    const { time, pacing } = fakeTime();
    pacing.throttle(9);
    pacing.throttle(2);
    expect(pacing.throttledSeconds()).toBe(9);
    expect(time.gates).toBe(1);
  });

  it('backs off exponentially when a 429 names no pause, up to 32 seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((tries) => pauseSeconds(undefined, tries))).toEqual([1, 2, 4, 8, 16, 32, 32]);
    expect(pauseSeconds(12, 5)).toBe(12);
  });
});
