import { describe, expect, it } from 'vitest';
import { RunControl } from '../../../../src/main/bulk/run-control';

/** Lets every pending promise continuation run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('pausing a run', () => {
  it('is pausing while a batch is out, and paused once it answered', async () => {
    const control = new RunControl();
    let answer: () => void = () => undefined;
    const batch = control.inFlight(() => new Promise<void>((resolve) => (answer = resolve)));
    expect(control.pause()).toBe(true);
    expect(control.state).toBe('pausing');
    answer();
    await batch;
    expect(control.state).toBe('paused');
  });

  it('holds lanes at the checkpoint until Resume', async () => {
    const control = new RunControl();
    control.pause();
    let passed: string | null = null;
    void control.checkpoint().then((at) => (passed = at));
    await settle();
    expect(passed).toBeNull();
    expect(control.holding).toBe(true);
    expect(control.resume()).toBe(true);
    await settle();
    expect(passed).toBe('go');
    expect(control.state).toBe('running');
  });

  it('says false to a pause or resume that changes nothing', () => {
    const control = new RunControl();
    expect(control.resume()).toBe(false);
    control.pause();
    expect(control.pause()).toBe(false);
    control.finish();
    expect(control.resume()).toBe(false);
    expect(control.pause()).toBe(false);
  });
});

describe('cancelling a run', () => {
  it('releases lanes waiting in a pause with the cancelled marker, and tells every later checkpoint', async () => {
    const control = new RunControl();
    control.pause();
    const waiting = control.checkpoint();
    expect(control.cancel()).toBe(true);
    expect(await waiting).toBe('cancelled');
    expect(await control.checkpoint()).toBe('cancelled');
    expect(control.state).toBe('cancelling');
    expect(control.holding).toBe(false);
  });

  it('is finished once the run ended, and then nothing is left to cancel', () => {
    const control = new RunControl();
    control.cancel();
    expect(control.cancel()).toBe(false);
    control.finish();
    expect(control.state).toBe('finished');
    expect(control.cancel()).toBe(false);
  });
});

describe('what a run reports', () => {
  it('counts the time spent paused, the pause going on included', () => {
    let clock = 1_000;
    const control = new RunControl(() => clock);
    control.pause();
    clock += 4_000;
    expect(control.pausedMs()).toBe(4_000);
    control.resume();
    clock += 10_000;
    control.pause();
    clock += 500;
    control.cancel();
    clock += 7_000;
    expect(control.pausedMs()).toBe(4_500);
  });

  it('tells its listeners each change, including the moment the last batch answered a pause', async () => {
    const control = new RunControl();
    const states: string[] = [];
    const stop = control.onChange(() => states.push(control.state));
    const batch = control.inFlight(() => Promise.resolve());
    control.pause();
    await batch;
    control.resume();
    stop();
    control.cancel();
    expect(states).toEqual(['pausing', 'paused', 'running']);
  });
});
