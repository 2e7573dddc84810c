import type { AppError } from '../../shared';
import type { Router } from '../ipc/router';
import type { Log } from '../platform/ports';
import type { RecentFailures } from './recent-failures';

/** The technician stopped it: worth a line, not a warning. */
const chosen = new Set<AppError['code']>(['cancelled', 'sign_in_cancelled']);

export interface FailureWatch {
  /** The same router, with every answer that is not `ok` kept among the recent failures and logged. */
  watch(router: Router): Router;
  /** A failure that is no answer to a request, e.g. an event main could not send. */
  failed(channel: string, error: Pick<AppError, 'code' | 'reason' | 'requestId' | 'detail'>): void;
}

/**
 * Where failures surface: every failed answer the router gives, whichever handler or check refused. The full
 * error is seen here (the router's `onFailure` hook hears only the code), so its request id reaches the
 * diagnostics; the request and the answer themselves are never looked at.
 */
export const failureWatch = (failures: RecentFailures, log: Log, now: () => number = () => performance.now()): FailureWatch => {
  const failed: FailureWatch['failed'] = (channel, error) => {
    const { code, reason, requestId, status } = failures.record(channel, error);
    const level = chosen.has(code) ? 'info' : code === 'unexpected' ? 'error' : 'warn';
    log[level]('request.failed', { channel: channel.slice(0, 64), code, reason, status, requestId });
  };
  const watch = (router: Router): Router => ({
    channels: router.channels,
    async dispatch(channel, sender, input) {
      const started = now();
      const result = await router.dispatch(channel, sender, input);
      if (result.ok) log.debug('request.ok', { channel, ms: Math.round(now() - started) });
      else failed(channel, result.error);
      return result;
    },
  });
  return { watch, failed };
};
