/**
 * A bucket that holds up to `capacity` units and fills back at `capacity` per window, so a burst may spend the whole
 * window's allowance at once and then goes at the window's pace. The capacity may change between calls (a tenant
 * that grows into a larger size class); the level never exceeds the current one.
 */
export class TokenBucket {
  private level: number | null = null;
  private updatedAt = 0;

  constructor(private readonly windowMs: number) {}

  private fill(capacity: number, now: number): number {
    const level = this.level === null ? capacity : Math.min(capacity, this.level + ((now - this.updatedAt) * capacity) / this.windowMs);
    this.level = level;
    this.updatedAt = now;
    return level;
  }

  /** How long until `cost` units are there: 0 when they are now. */
  shortfallMs(cost: number, capacity: number, now: number): number {
    const missing = cost - this.fill(capacity, now);
    return missing <= 0 ? 0 : (missing * this.windowMs) / capacity;
  }

  take(cost: number, capacity: number, now: number): void {
    this.level = this.fill(capacity, now) - cost;
  }
}
