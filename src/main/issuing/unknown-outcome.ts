import type { AppError, ExistingPass, PassState, UnknownOutcomeCause } from '../../shared';
import type { GraphApi } from '../graph/graph-api';
import { outsideCancellation } from '../net/call-limits';

const causes: ReadonlySet<string> = new Set<UnknownOutcomeCause>(['network', 'timeout', 'service_unavailable', 'cancelled']);

/**
 * Whether a failed write may still have been carried out: the answer was lost (cut connection, timeout, the
 * technician stopped waiting) or a 5xx came from somewhere between us and the directory. A 4xx, a 429 and a
 * refused token mean the service did not act.
 */
export const unknownOutcomeCause = (error: AppError): UnknownOutcomeCause | null =>
  causes.has(error.code) ? (error.code as UnknownOutcomeCause) : null;

/**
 * The person's passes as the service holds them now, or null when that cannot be read either. Runs outside
 * the operation's cancellation: after Cancel, finding out what happened is the one thing still wanted.
 */
export const readPassesAfterFault = (api: GraphApi, userId: string): Promise<ExistingPass[] | null> =>
  outsideCancellation(() => api.temporaryAccessPasses(userId)).catch(() => null);

/** Given up on, rather than answered: the request may still reach the directory and be carried out late. */
export const mayArriveLate = (cause: UnknownOutcomeCause): boolean => cause === 'timeout' || cause === 'cancelled';

/** How a previous pass fared, from what was there before and what is there now. */
export const previousPassFate = (previous: ExistingPass | null, now: readonly ExistingPass[] | null): PassState['previousPass'] => {
  if (!previous) return 'none';
  if (!now) return 'unknown';
  return now.some((pass) => pass.id === previous.id) ? 'kept' : 'gone';
};
