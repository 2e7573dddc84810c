import type { CohortProgress } from '../../shared';

export type RunState = CohortProgress['state'];

/** What a lane learns at a checkpoint: go on, or the run was cancelled. */
export type Checkpoint = 'go' | 'cancelled';

/**
 * Pause, Resume and Cancel of one run, as the technician presses them, and the lanes' side of it: they wait at a
 * checkpoint between batches. A batch already sent is never abandoned, since its answers may hold passes that now
 * exist; so a pause reads `pausing` while batches are out, and a cancel `cancelling` until the run has ended.
 */
export class RunControl {
  private paused = false;
  private cancelled = false;
  private finished = false;
  private inFlightCount = 0;
  private pausedSince: number | null = null;
  private pausedBefore = 0;
  private waiting: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  get state(): RunState {
    if (this.finished) return 'finished';
    if (this.cancelled) return 'cancelling';
    if (this.paused) return this.inFlightCount > 0 ? 'pausing' : 'paused';
    return 'running';
  }

  /** Whether a lane must not send now: paused, and neither cancelled nor finished. */
  get holding(): boolean {
    return this.paused && !this.cancelled && !this.finished;
  }

  /** False when there is nothing to pause: already paused, cancelled or finished. */
  pause(): boolean {
    if (this.paused || this.cancelled || this.finished) return false;
    this.paused = true;
    this.pausedSince = this.now();
    this.changed();
    return true;
  }

  resume(): boolean {
    if (!this.paused || this.cancelled || this.finished) return false;
    this.endPause();
    this.changed();
    return true;
  }

  cancel(): boolean {
    if (this.cancelled || this.finished) return false;
    this.cancelled = true;
    this.endPause();
    this.changed();
    return true;
  }

  /** The run has ended: every row has its end. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.endPause();
    this.changed();
  }

  /** Waits while the run is paused; a cancel releases the wait. */
  async checkpoint(): Promise<Checkpoint> {
    while (this.holding) await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.cancelled ? 'cancelled' : 'go';
  }

  /** Runs one batch's round trip, counted so that a pause is told as `paused` only once the batches out there answered. */
  async inFlight<T>(send: () => Promise<T>): Promise<T> {
    this.inFlightCount += 1;
    try {
      return await send();
    } finally {
      this.inFlightCount -= 1;
      if (this.inFlightCount === 0 && this.paused) this.changed();
    }
  }

  /** Time spent paused so far, the pause going on included; the pace of a run leaves it out. */
  pausedMs(): number {
    return this.pausedBefore + (this.pausedSince === null ? 0 : this.now() - this.pausedSince);
  }

  /** Told whenever the state may have changed; returns the way to stop listening. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private endPause(): void {
    if (this.pausedSince !== null) this.pausedBefore += this.now() - this.pausedSince;
    this.pausedSince = null;
    this.paused = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const release of waiting) release();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
