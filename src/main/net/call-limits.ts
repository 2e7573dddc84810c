import { AsyncLocalStorage } from 'node:async_hooks';
import type { WaitReason } from '../../shared';
import { failure } from '../app-failure';

/**
 * How long each kind of call may take, the client's own retries included, before the technician is told.
 * Reads are cheap and retried freely; a create or delete may have been carried out when it runs out, which
 * the caller then finds out by reading (see the tap service).
 */
export const defaultCallBudgets = { read: 15_000, create: 30_000, delete: 20_000, send: 30_000, token: 30_000 };
export type CallKind = keyof typeof defaultCallBudgets;
export type CallBudgets = Record<CallKind, number>;

const cancellation = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs `operation` so that every call it makes stops waiting when `signal` aborts (the technician pressed
 * Cancel), or when the operation around it is stopped. Carried implicitly, so the Graph calls deep inside a
 * workflow need no signal parameter.
 */
export const cancellable = <T>(signal: AbortSignal, operation: () => Promise<T>): Promise<T> => {
  const around = cancellation.getStore();
  return cancellation.run(around ? AbortSignal.any([around, signal]) : signal, operation);
};

/** Told when a call is held back before it is sent again, so the technician hears why it takes long. */
export type OnWait = (reason: WaitReason, seconds: number) => void;

/** Runs `operation` untouched by a Cancel of the operation around it, e.g. to read what a cancelled call did. */
export const outsideCancellation = <T>(operation: () => Promise<T>): Promise<T> => cancellation.exit(operation);

/**
 * Bounds every call of a kind and makes it cancellable. The call gets a signal to pass on (fetch aborts its
 * request); the answer is raced against it as well, because a client may be sleeping before a retry.
 */
export class CallLimits {
  constructor(
    private readonly budgets: CallBudgets = defaultCallBudgets,
    private readonly onWait: OnWait = () => undefined,
  ) {}

  /** A client is about to sleep before sending a call again. */
  waiting(reason: WaitReason, seconds: number): void {
    this.onWait(reason, seconds);
  }

  run<T>(kind: CallKind, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const budgetMs = this.budgets[kind];
    const timer = AbortSignal.timeout(budgetMs);
    const cancelled = cancellation.getStore();
    const signal = cancelled ? AbortSignal.any([timer, cancelled]) : timer;
    if (cancelled?.aborted) return Promise.reject(failure('cancelled', 'You stopped waiting for Microsoft Graph.'));
    const pending = call(signal);
    // The loser of the race still settles later; its outcome is already decided here.
    pending.catch(() => undefined);
    return new Promise<T>((resolve, reject) => {
      const stop = () => {
        reject(
          cancelled?.aborted
            ? failure('cancelled', 'You stopped waiting for Microsoft Graph.')
            : failure('timeout', `No answer within ${Math.round(budgetMs / 1000)} seconds.`, { detail: `${kind} budget ${budgetMs} ms` }),
        );
      };
      signal.addEventListener('abort', stop, { once: true });
      pending.then(
        (value) => {
          signal.removeEventListener('abort', stop);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', stop);
          reject(error);
        },
      );
    });
  }
}
