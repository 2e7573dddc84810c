import { identityRequestCost } from './request-cost.js';
import { TokenBucket } from './token-bucket.js';

/** Off unless a test or a bench turns it on, so that nothing else meets a 429 it did not ask for. */
export interface ThrottleSettings {
  enabled: boolean;
  /** Resource units per ten seconds for the app and tenant; by the tenant's size when null. */
  resourceUnitsPer10Seconds: number | null;
  /** Writes per two and a half minutes for the app and tenant; the documented 3,000 when null. */
  writesPer150Seconds: number | null;
}

/**
 * Limits per application and tenant pair from https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits:
 * a resource unit quota of "S: 3,500 …, M: 5,000 …, L: 8,000 requests per 10 seconds" where "S - under 50 users,
 * M - between 50 and 500 users, and L - above 500 users", and a write quota of "3,000 requests per 2 minutes and 30
 * seconds". The emulator has one app and one tenant, so one pair; the per-application limits (150,000 units per 20
 * seconds, 70,000 writes per 5 minutes) and the tenant's 18,000 writes per 5 minutes are never the first reached.
 */
const resourceUnitWindowMs = 10_000;
const writeWindowMs = 150_000;
const documentedWrites = 3_000;

/** The limits in force, the documented ones filled in. */
export interface EffectiveThrottle {
  enabled: boolean;
  resourceUnitsPer10Seconds: number;
  writesPer150Seconds: number;
}

const resourceUnitsFor = (userCount: number): number => (userCount < 50 ? 3_500 : userCount <= 500 ? 5_000 : 8_000);

/** Which quota ran out, in the words of the `x-ms-throttle-scope` and `x-ms-throttle-information` headers. */
export type ExhaustedLimit = 'ReadWrite' | 'Write';

export type ThrottleOutcome =
  | { kind: 'free' }
  | { kind: 'charged'; resourceUnits: number }
  | { kind: 'throttled'; retryAfterSeconds: number; limit: ExhaustedLimit };

/**
 * "Throttling is based on a token bucket algorithm, which works by adding individual costs of requests … Only the
 * requests exceeding the limits will be throttled." A throttled request is not charged: the docs say usage is still
 * logged while a client is throttled, but not by how much, so the emulator only holds it back.
 */
export class IdentityThrottle {
  private current: ThrottleSettings = { enabled: false, resourceUnitsPer10Seconds: null, writesPer150Seconds: null };
  private resourceUnits = new TokenBucket(resourceUnitWindowMs);
  private writes = new TokenBucket(writeWindowMs);

  /** New settings start with full buckets. */
  configure(settings: ThrottleSettings): void {
    this.current = { ...settings };
    this.resourceUnits = new TokenBucket(resourceUnitWindowMs);
    this.writes = new TokenBucket(writeWindowMs);
  }

  settings(userCount: number): EffectiveThrottle {
    return {
      enabled: this.current.enabled,
      resourceUnitsPer10Seconds: this.current.resourceUnitsPer10Seconds ?? resourceUnitsFor(userCount),
      writesPer150Seconds: this.current.writesPer150Seconds ?? documentedWrites,
    };
  }

  charge(method: string, url: URL, userCount: number, now: number): ThrottleOutcome {
    if (!this.current.enabled) return { kind: 'free' };
    const cost = identityRequestCost(method, url);
    if (!cost) return { kind: 'free' };
    const unitCapacity = this.current.resourceUnitsPer10Seconds ?? resourceUnitsFor(userCount);
    const writeCapacity = this.current.writesPer150Seconds ?? documentedWrites;
    // A request dearer than a whole bucket waits for a full one rather than for ever.
    const units = Math.min(cost.resourceUnits, unitCapacity);
    const writes = Math.min(cost.writes, writeCapacity);
    const unitWait = this.resourceUnits.shortfallMs(units, unitCapacity, now);
    const writeWait = writes === 0 ? 0 : this.writes.shortfallMs(writes, writeCapacity, now);
    if (unitWait > 0 || writeWait > 0) {
      // Retry-After is whole seconds, and never 0 for a request that was refused.
      return { kind: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil(Math.max(unitWait, writeWait) / 1000)), limit: writeWait > unitWait ? 'Write' : 'ReadWrite' };
    }
    this.resourceUnits.take(units, unitCapacity, now);
    if (writes > 0) this.writes.take(writes, writeCapacity, now);
    return { kind: 'charged', resourceUnits: cost.resourceUnits };
  }
}

/** The throttled answer's headers (https://learn.microsoft.com/graph/throttling-limits#throttled-responses-requests). */
export const throttledHeaders = (outcome: Extract<ThrottleOutcome, { kind: 'throttled' }>, appId: string, tenantId: string): Record<string, string> => ({
  'retry-after': String(outcome.retryAfterSeconds),
  'x-ms-throttle-scope': `Tenant_Application/${outcome.limit}/${appId}/${tenantId}`,
  'x-ms-throttle-information': outcome.limit === 'Write' ? 'WriteLimitExceeded' : 'ResourceUnitLimitExceeded',
});
