import type { CohortCounts, CohortProgress } from '../../shared';
import type { RunControl } from './run-control';
import type { RowEnd } from './run-rows';

export type RunProgress = Omit<CohortProgress, 'cohortId' | 'phase'>;

/**
 * Every row's end, kept once, and the progress they make: counts, and the time left from the pace of the rows
 * worked through so far, paused time left out (rows a cancel skipped took no time).
 */
export class RunTally {
  private readonly ends = new Map<number, RowEnd>();
  private readonly counts: CohortCounts = { issued: 0, refused: 0, failed: 0, skipped: 0 };
  private readonly startedAt: number;
  private readonly pausedAtStart: number;

  constructor(
    private readonly total: number,
    private readonly control: RunControl,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
    this.pausedAtStart = control.pausedMs();
  }

  /** Keeps the row's end; false when the row had ended already, which then stands. */
  end(line: number, end: RowEnd): boolean {
    if (this.ends.has(line)) return false;
    this.ends.set(line, end);
    this.counts[end.result.outcome] += 1;
    return true;
  }

  has(line: number): boolean {
    return this.ends.has(line);
  }

  results(): Map<number, RowEnd> {
    return new Map(this.ends);
  }

  progress(throttledSeconds: number | null): RunProgress {
    return {
      done: this.ends.size,
      total: this.total,
      counts: { ...this.counts },
      state: this.control.state,
      throttledSeconds,
      secondsLeft: this.secondsLeft(),
    };
  }

  private secondsLeft(): number | null {
    const left = this.total - this.ends.size;
    if (left === 0) return 0;
    const worked = this.ends.size - this.counts.skipped;
    const activeMs = this.now() - this.startedAt - (this.control.pausedMs() - this.pausedAtStart);
    if (worked === 0 || activeMs <= 0) return null;
    return Math.ceil((activeMs / worked) * left / 1000);
  }
}
