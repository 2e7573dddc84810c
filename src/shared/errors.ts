import { z } from 'zod';

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
  'profile_not_found',
  'send_as_denied',
  'mailbox_unavailable',
  'throttled',
  'service_unavailable',
  'network',
  'validation',
  'unexpected',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const lifetimeRangeSchema = z.object({
  minimumLifetimeInMinutes: z.number().int(),
  maximumLifetimeInMinutes: z.number().int(),
});
export type LifetimeRange = z.infer<typeof lifetimeRangeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  /** What went wrong, in words a technician can read (technical detail goes to `detail`). */
  message: z.string(),
  detail: z.string().optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  requestId: z.string().optional(),
  /** Set with `lifetime_out_of_range` so the form can correct itself. */
  lifetimeRange: lifetimeRangeSchema.optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export const appError = (code: ErrorCode, message: string, extra: Omit<AppError, 'code' | 'message'> = {}): AppError => ({
  code,
  message,
  ...extra,
});
