import { appError, type AppError, type ExistingPass } from '../../shared';
import { toPass } from '../graph/graph-api';
import { pauseSeconds } from './run-pacing';
import { unknownOutcomeCause } from '../issuing';
import type { RunContext } from './run-round';
import type { PlannedRow } from './run-rows';

/** What reading a person's passes gave: the list (Graph keeps at most one), or why it could not be read. */
export type PassRead = ExistingPass[] | AppError;

/** A read changes nothing, so it is sent again after a 429, a 5xx or a lost answer; this often at most. */
const READ_TRIES = 3;

/** https://learn.microsoft.com/graph/api/authentication-list-temporaryaccesspassmethods */
export const passesPath = (userId: string): string => `/users/${encodeURIComponent(userId)}/authentication/temporaryAccessPassMethods`;

const malformed = appError('unexpected', 'The list of passes came back in a shape the desk does not know.', { reason: 'malformed_answer' });

const passesIn = (body: unknown): PassRead => {
  const value = body !== null && typeof body === 'object' ? (body as { value?: unknown }).value : undefined;
  return Array.isArray(value) ? (value as Record<string, unknown>[]).map(toPass) : malformed;
};

/**
 * Reads these people's passes in one batch, sending again what the service could not answer yet. Null when the
 * run was cancelled before a `stoppable` read went out.
 */
export const readPasses = async (run: RunContext, rows: readonly PlannedRow[], stoppable: boolean): Promise<[PlannedRow, PassRead][] | null> => {
  const reads: [PlannedRow, PassRead][] = [];
  let pending = rows;
  for (let tries = 1; pending.length > 0; tries += 1) {
    const replies = await run.round(pending, (row) => ({ id: String(row.line), url: passesPath(row.userId) }), stoppable);
    if (!replies) return null;
    const again: PlannedRow[] = [];
    for (const [row, reply] of replies) {
      if (reply.ok) {
        reads.push([row, passesIn(reply.body)]);
        continue;
      }
      const throttled = reply.error.code === 'throttled';
      if (throttled) run.throttle(pauseSeconds(reply.error.retryAfterSeconds, tries));
      if ((throttled || unknownOutcomeCause(reply.error)) && tries < READ_TRIES) again.push(row);
      else reads.push([row, reply.error]);
    }
    pending = again;
  }
  return reads;
};
