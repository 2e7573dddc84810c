import { describe, expect, it } from 'vitest';
import { cancelledEnd, errorEnd } from '../../../../src/main/bulk/row-ends';
import { RunControl } from '../../../../src/main/bulk/run-control';
import { RunTally } from '../../../../src/main/bulk/run-tally';

const failed = (line: number) => errorEnd(line, { code: 'network' }, null);

describe('the progress of a run', () => {
  it('keeps each row’s first end and counts it once', () => {
    const tally = new RunTally(3, new RunControl(), () => 0);
    expect(tally.end(1, failed(1))).toBe(true);
    expect(tally.end(1, cancelledEnd(1))).toBe(false);
    expect(tally.results().get(1)?.result.outcome).toBe('failed');
    expect(tally.progress(null)).toMatchObject({ done: 1, total: 3, counts: { failed: 1, skipped: 0 } });
  });

  it('tells the time left from the pace of the rows worked through, leaving out time paused', () => {
    const clock = { now: 0 };
    const control = new RunControl(() => clock.now);
    const tally = new RunTally(10, control, () => clock.now);
    expect(tally.progress(null).secondsLeft).toBeNull();
    clock.now = 2_000;
    tally.end(1, failed(1));
    tally.end(2, failed(2));
    expect(tally.progress(null).secondsLeft).toBe(8);
    control.pause();
    clock.now = 60_000;
    expect(tally.progress(null)).toMatchObject({ secondsLeft: 8, state: 'paused' });
    control.resume();
    expect(tally.progress(3)).toMatchObject({ secondsLeft: 8, throttledSeconds: 3 });
  });

  it('does not count rows a cancel skipped towards the pace', () => {
    const clock = { now: 0 };
    const tally = new RunTally(4, new RunControl(), () => clock.now);
    clock.now = 1_000;
    tally.end(1, failed(1));
    tally.end(2, cancelledEnd(2));
    expect(tally.progress(null).secondsLeft).toBe(2);
  });
});
