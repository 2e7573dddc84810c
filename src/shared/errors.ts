import { z } from 'zod';
import { existingPassSchema } from './issuing';

/** Closed set of failure reasons; the renderer maps each one to a sentence and a next step. */
export const errorCodes = [
  'not_signed_in',
  'sign_in_cancelled',
  'sign_in_failed',
  'consent_required',
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
  'pass_unreadable',
  'profile_not_found',
  'send_as_denied',
  'mailbox_unavailable',
  'throttled',
  'service_unavailable',
  'network',
  'timeout',
  'cancelled',
  'validation',
  'unexpected',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/**
 * The service or the pre-flight saying no to this person or these options: a refusal, which the journal and a
 * cohort's results tell apart from a failure (anything else).
 */
export const refusalCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
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

/**
 * Which case of a code it is, where one code covers several (`validation` mostly), so the screen can word the
 * exact remedy in the technician's language; main never sends a sentence for the screen.
 */
export const errorReasons = [
  'unknown_channel',
  'untrusted_sender',
  'invalid_request',
  'malformed_answer',
  'pass_not_returned',
  'recipient_refused',
  'emulator_not_running',
  'sign_in_timed_out',
  'sign_in_declined',
  'no_account_returned',
  'proxy_auth_required',
  'proxy_refused',
  'proxy_unsupported',
  'proxy_inspects_tls',
  'issue_first',
  'pass_cleared',
  'notices_off',
  'no_template',
  'preview_outdated',
  'account_changed',
  'pass_not_on_screen',
  'pass_forbidden_in_mail',
  'other_addresses_unreadable',
  'no_recipient',
  'pass_to_own_mailbox',
  'import_unreadable',
  'import_allows_pass_in_mail',
  'logo_unreadable',
  'logo_too_large',
  'logo_format',
  'logo_too_many_pixels',
  'cohort_closed',
  'cohort_busy',
  'cohort_pass_wiped',
  'locked_by_organisation',
] as const;
export const errorReasonSchema = z.enum(errorReasons);
export type ErrorReason = z.infer<typeof errorReasonSchema>;

export const lifetimeRangeSchema = z.object({
  minimumLifetimeInMinutes: z.number().int(),
  maximumLifetimeInMinutes: z.number().int(),
});

/**
 * What the service holds for the person after a call whose outcome was unknown (lost answer, timeout, 5xx,
 * cancel), read back before anything is reported.
 */
export const passStateSchema = z.object({
  /**
   * `not_created` / `not_revoked`: the call was not carried out; `pending`: nothing has changed yet, but a
   * request that timed out or was given up may still be carried out late; `unreadable`: a pass was created
   * whose code nobody can read (Graph returns it only in the lost answer); `unknown`: the state could not be read.
   */
  outcome: z.enum(['not_created', 'not_revoked', 'pending', 'unreadable', 'unknown']),
  /** The pass the person had before the call: still there, gone, or there was none. */
  previousPass: z.enum(['kept', 'gone', 'none', 'unknown']),
});
export type PassState = z.infer<typeof passStateSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  /** What went wrong, in English, for logs and support; the screen words the error from its code and reason. */
  message: z.string(),
  reason: errorReasonSchema.optional(),
  /** Technical detail (the service's own words, a field path), shown as it is. */
  detail: z.string().optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  requestId: z.string().optional(),
  /** Set with `lifetime_out_of_range` so the form can correct itself. */
  lifetimeRange: lifetimeRangeSchema.optional(),
  /** Set after an unknown outcome was reconciled with the service's state. */
  passState: passStateSchema.optional(),
  /** With `pass_changed`: the pass the person holds now, which the technician has not seen yet. */
  currentPass: existingPassSchema.nullable().optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export const appError = (code: ErrorCode, message: string, extra: Omit<AppError, 'code' | 'message'> = {}): AppError => ({
  code,
  message,
  ...extra,
});
