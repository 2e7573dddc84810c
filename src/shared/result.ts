import type { AppError } from './errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** A refusal: the one word for an unsuccessful Result (thrown in main it is an AppFailure, carried it is an AppError). */
export const err = <T = never>(error: AppError): Result<T> => ({ ok: false, error });
