import { describe, expect, it } from 'vitest';
import { failureWatch, RecentFailures } from '../../../../src/main/diagnostics';
import type { Router } from '../../../../src/main/ipc/router';
import type { Log } from '../../../../src/main/platform/ports';
import { appError, err, ok, type AppError } from '../../../../src/shared';

const clock = () => {
  let now = Date.parse('2030-05-01T09:00:00Z');
  return () => new Date((now += 1000));
};

const recordingLog = () => {
  const lines: string[] = [];
  const at =
    (level: string) =>
    (event: string, context: Record<string, unknown> = {}) =>
      void lines.push(`${level} ${event} ${JSON.stringify(context)}`);
  const log: Log = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), file: null };
  return { log, lines };
};

describe('the recent failures', () => {
  it('keeps the last twenty, oldest first', () => {
    const failures = new RecentFailures(undefined, clock());
    for (let index = 1; index <= 25; index += 1) failures.record('users:search', appError('network', 'x', { requestId: `r${index}` }));
    const kept = failures.list();
    expect(kept).toHaveLength(20);
    expect(kept[0]).toMatchObject({ requestId: 'r6', at: '2030-05-01T09:00:06.000Z' });
    expect(kept.at(-1)).toMatchObject({ requestId: 'r25', at: '2030-05-01T09:00:25.000Z' });
  });

  it('reads the HTTP status from a Graph answer’s detail, and keeps neither the detail nor the message', () => {
    const failures = new RecentFailures(3, clock());
    failures.record('tap:create', appError('throttled', 'Microsoft Graph is busy.', { detail: '429 TooManyRequests Too many requests for lena@contoso.com', requestId: 'abc' }));
    failures.record('tap:create', appError('validation', 'The request was not valid.', { reason: 'invalid_request', detail: 'userId: Too big' }));
    expect(failures.list()).toEqual([
      { at: '2030-05-01T09:00:01.000Z', channel: 'tap:create', code: 'throttled', reason: undefined, requestId: 'abc', status: 429 },
      { at: '2030-05-01T09:00:02.000Z', channel: 'tap:create', code: 'validation', reason: 'invalid_request', requestId: undefined, status: undefined },
    ]);
  });
});

describe('watching the router', () => {
  const router = (answer: (channel: string) => ReturnType<Router['dispatch']>): Router => ({ channels: [], dispatch: (channel) => answer(channel) });
  const sender = { url: 'app://tapdesk/index.html', isMainFrame: true };

  it('records and logs every failed answer with its request id, and passes every answer on unchanged', async () => {
    const failures = new RecentFailures(20, clock());
    const { log, lines } = recordingLog();
    const errors: Record<string, AppError> = {
      'tap:create': appError('insufficient_role', 'No.', { detail: '403 Authorization_RequestDenied Insufficient privileges', requestId: 'req-1' }),
      'users:search': appError('unexpected', 'Something unexpected went wrong.', { detail: 'TypeError' }),
      'auth:sign-in': appError('sign_in_cancelled', 'Sign-in was cancelled.'),
    };
    const watched = failureWatch(failures, log).watch(router(async (channel) => (errors[channel] ? err(errors[channel]) : ok('fine'))));
    for (const channel of ['tap:create', 'users:search', 'auth:sign-in']) expect(await watched.dispatch(channel, sender, {})).toEqual(err(errors[channel]!));
    expect(await watched.dispatch('session:get', sender, undefined)).toEqual(ok('fine'));
    expect(failures.list().map(({ channel, code, requestId, status }) => [channel, code, requestId, status])).toEqual([
      ['tap:create', 'insufficient_role', 'req-1', 403],
      ['users:search', 'unexpected', undefined, undefined],
      ['auth:sign-in', 'sign_in_cancelled', undefined, undefined],
    ]);
    expect(lines.slice(0, 3)).toEqual([
      'warn request.failed {"channel":"tap:create","code":"insufficient_role","status":403,"requestId":"req-1"}',
      'error request.failed {"channel":"users:search","code":"unexpected"}',
      'info request.failed {"channel":"auth:sign-in","code":"sign_in_cancelled"}',
    ]);
    expect(lines[3]).toMatch(/^debug request\.ok \{"channel":"session:get","ms":\d+\}$/);
  });

  it('records a failure that answers no request, such as an event main could not send', () => {
    const failures = new RecentFailures(20, clock());
    const { log, lines } = recordingLog();
    failureWatch(failures, log).failed('event:waiting', { code: 'unexpected', detail: 'seconds: Too small' });
    expect(failures.list()).toMatchObject([{ channel: 'event:waiting', code: 'unexpected' }]);
    expect(lines).toEqual(['error request.failed {"channel":"event:waiting","code":"unexpected"}']);
  });
});
