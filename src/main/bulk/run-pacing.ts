export { BATCHES_IN_FLIGHT } from '../graph/graph-batch';

/*
 * How fast a cohort goes out, from Microsoft Graph's identity and access limits
 * (https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits), a token bucket per
 * application and tenant: 3,500 / 5,000 / 8,000 ResourceUnits per 10 s for tenants of under 50 / 50 to 500 / over
 * 500 users; writes 3,000 requests per 2 min 30 s for the pair, 18,000 per 5 min for the tenant. A GET or POST on a
 * path the cost table does not list costs 1 ResourceUnit, a POST 1 write as well. The page lists no
 * authentication-method resources and no limits of their own for them: it is silent there, so the directory's
 * limits are what the run keeps under. Requests inside a `$batch` count one by one
 * (https://learn.microsoft.com/graph/throttling#throttling-and-batching).
 *
 * Every desk of a tenant signs in through the same app registration and so shares one pair's bucket. A check or a
 * run keeps a bucket of its own that holds 1,000 requests and refills at 200 a second: in any 10 s at most 3,000
 * requests, under a small tenant's 3,500 and well under a large tenant's 8,000, so another desk still has room.
 * A cohort of 100 (about 600 requests to check, 200 to issue) goes out at the speed of its round trips; one of
 * 1,000 settles at the refill rate. Writes stay under the pair's 3,000 per 150 s: a cohort is at most 1,000
 * people, each created at most twice (a lost answer recovered).
 *
 * Five batches in flight send a chunk's 100 requests at once; 100 people are five chunks of one read and one
 * create batch each, so about two round trips (0.15 s each), well inside the 3 s a check and a run of 100 people
 * may take together.
 */
/** Requests a run may send at once: what its bucket holds when full. */
export const BURST_REQUESTS = 1_000;
export const REQUESTS_PER_SECOND = 200;
/** The longest pause the run takes on its own, when a 429 names none. */
const LONGEST_BACK_OFF_SECONDS = 32;

/**
 * How long to wait after the `tries`-th 429 for the same requests: the Retry-After Microsoft named, else an
 * exponential back-off, as https://learn.microsoft.com/graph/throttling#best-practices-to-handle-throttling asks.
 */
export const pauseSeconds = (retryAfterSeconds: number | undefined, tries: number): number =>
  retryAfterSeconds ?? Math.min(2 ** Math.max(0, tries - 1), LONGEST_BACK_OFF_SECONDS);

/**
 * The run's one gate and pace, shared by every lane: requests wait for a token of the bucket, and after a 429
 * every lane waits out the Retry-After the service named, not only the one that was told.
 */
export class RunPacing {
  private tokens = BURST_REQUESTS;
  private refilledAt: number;
  private gateUntil = 0;

  constructor(
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
    /** Told when the gate closes or opens, so the progress shows Microsoft's pause. */
    private readonly onGate: () => void,
  ) {
    this.refilledAt = now();
  }

  /** Microsoft asked to wait this long before the next requests. */
  throttle(seconds: number): void {
    const until = this.now() + seconds * 1000;
    if (until <= this.gateUntil) return;
    this.gateUntil = until;
    this.onGate();
  }

  /** Whole seconds left of Microsoft's pause, or null when there is none. */
  throttledSeconds(): number | null {
    const left = this.gateUntil - this.now();
    return left > 0 ? Math.ceil(left / 1000) : null;
  }

  /** Resolves once `count` requests could go: the gate is open and the bucket holds them. */
  async ready(count: number): Promise<void> {
    for (let waited = false; ; waited = true) {
      const gate = this.gateUntil - this.now();
      if (waited && gate <= 0 && this.gateUntil > 0) this.openGate();
      const wait = Math.max(gate, this.tokenWait(count));
      if (wait <= 0) return;
      await this.sleep(wait);
    }
  }

  /**
   * Takes `count` tokens when the requests may go right now, to be sent at once; false when another lane took
   * them or met a 429 since `ready`.
   */
  take(count: number): boolean {
    if (this.gateUntil > this.now() || this.tokenWait(count) > 0) return false;
    this.tokens -= count;
    return true;
  }

  /** Milliseconds until the bucket holds `count` tokens. */
  private tokenWait(count: number): number {
    const now = this.now();
    this.tokens = Math.min(BURST_REQUESTS, this.tokens + ((now - this.refilledAt) * REQUESTS_PER_SECOND) / 1000);
    this.refilledAt = now;
    return this.tokens >= count ? 0 : Math.ceil(((count - this.tokens) * 1000) / REQUESTS_PER_SECOND);
  }

  private openGate(): void {
    this.gateUntil = 0;
    this.onGate();
  }
}

/** The pace of a check: its steps wait for the bucket as a run's batches do (a check meets no 429 gate of its own). */
export const checkPace = (now: () => number = Date.now, sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) => {
  const pacing = new RunPacing(now, sleep, () => undefined);
  return async (requests: number): Promise<void> => {
    do await pacing.ready(requests);
    while (!pacing.take(requests));
  };
};
