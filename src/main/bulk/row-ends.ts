import { refusalCodes, type AppError, type ExistingPass, type PassState, type UnknownOutcomeCause } from '../../shared';
import { previousPassFate } from '../issuing';
import type { RowEnd } from './run-rows';

const unended = {
  pass: null,
  replacedPassId: null,
  recovered: null,
  skippedBecause: null,
  error: null,
  held: false,
  handedOver: false,
} as const;

export const issuedEnd = (
  line: number,
  pass: ExistingPass,
  code: string,
  replacedPassId: string | null,
  recovered: UnknownOutcomeCause | null,
): RowEnd => ({ result: { ...unended, line, outcome: 'issued', pass, replacedPassId, recovered, held: true }, code });

/** Refused when it is a refusal, else failed; `passState` says what reading the service found, when it was read. */
export const errorEnd = (line: number, error: Pick<AppError, 'code' | 'reason' | 'requestId'>, passState: PassState | null): RowEnd => ({
  result: {
    ...unended,
    line,
    outcome: refusalCodes.has(error.code) ? 'refused' : 'failed',
    error: { code: error.code, reason: error.reason ?? null, requestId: error.requestId ?? null, passState },
  },
  code: null,
});

/** A cancelled run did not reach the row: nothing was sent that could have changed the person's pass. */
export const cancelledEnd = (line: number): RowEnd => ({ result: { ...unended, line, outcome: 'skipped', skippedBecause: 'cancelled' }, code: null });

/**
 * A pass was created whose code nobody can read (Graph returns it only in the answer that was lost), and no pass
 * that can be read took its place.
 */
export const unreadableEnd = (line: number, failed: AppError, before: ExistingPass | null, now: readonly ExistingPass[]): RowEnd =>
  errorEnd(line, { code: 'pass_unreadable', requestId: failed.requestId }, { outcome: 'unreadable', previousPass: previousPassFate(before, now) });
