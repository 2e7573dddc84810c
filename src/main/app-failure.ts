import { appError, type AppError, type ErrorCode } from '../shared';

/** Thrown inside main to carry a contract error up to the router, which returns it as a Result. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
  }
}

export const failure = (code: ErrorCode, message: string, extra: Omit<AppError, 'code' | 'message'> = {}): AppFailure =>
  new AppFailure(appError(code, message, extra));

/** Whatever needs an account when none is signed in. */
export const notSignedIn = (): AppFailure => failure('not_signed_in', 'Sign in first.');
