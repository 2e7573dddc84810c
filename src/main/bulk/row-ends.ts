import type { AppError, ErrorCode, ExistingPass, PassState, UnknownOutcomeCause } from '../../shared';
import type { RowEnd } from './run-rows';

/**
 * The service or the check saying no to this person or these options, as the journal counts refusals
 * (journal-recorder.ts); anything else failed.
 */
const refusals: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'policy_disabled',
  'user_not_in_policy_scope',
  'lifetime_out_of_range',
  'multi_use_not_allowed',
  'start_time_invalid',
  'external_guest',
  'privileged_target',
  'insufficient_role',
  'self_target',
  'user_not_found',
  'pass_exists',
  'pass_changed',
]);

const unended = {
  pass: null,
  replacedPassId: null,
  recovered: null,
  skippedBecause: null,
  error: null,
  held: false,
  handedOver: false,
} as const;

/** The pass the person had before: still there, gone, or there was none (as issue-pass.ts tells it). */
export const previousPassFate = (before: ExistingPass | null, now: readonly ExistingPass[] | null): PassState['previousPass'] => {
  if (!before) return 'none';
  if (!now) return 'unknown';
  return now.some((pass) => pass.id === before.id) ? 'kept' : 'gone';
};

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
    outcome: refusals.has(error.code) ? 'refused' : 'failed',
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
