import { describe, expect, it } from 'vitest';
import { startLoopbackRedirect } from '../../../../src/main/accounts/loopback-redirect';

describe('loopback redirect', () => {
  const post = (uri: string, body: Record<string, string>) =>
    fetch(uri, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });

  it('names and listens on 127.0.0.1 only, ignores a wrong state, resolves the code and closes', async () => {
    const redirect = await startLoopbackRedirect('state-1', { signal: new AbortController().signal, timeoutMs: 5000 });
    expect(redirect.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ipv4 = redirect.redirectUri;
    await expect(fetch(redirect.redirectUri.replace('127.0.0.1', '[::1]'))).rejects.toThrow();
    expect((await post(ipv4, { code: 'c', state: 'other' })).status).toBe(400);
    expect((await post(ipv4, { code: 'the-code', state: 'state-1' })).status).toBe(200);
    await expect(redirect.result).resolves.toEqual({ code: 'the-code' });
    await expect(fetch(ipv4)).rejects.toThrow();
  });

  it('drops an oversized request from another local process and keeps waiting for the real answer', async () => {
    const redirect = await startLoopbackRedirect('s', { signal: new AbortController().signal, timeoutMs: 5000 });
    const ipv4 = redirect.redirectUri;
    await expect(post(ipv4, { code: 'x'.repeat(100_000), state: 's' })).rejects.toThrow();
    await post(ipv4, { code: 'real', state: 's' });
    await expect(redirect.result).resolves.toEqual({ code: 'real' });
  });

  it('passes an OAuth error through and stops on abort', async () => {
    const failed = await startLoopbackRedirect('s', { signal: new AbortController().signal, timeoutMs: 5000 });
    await post(failed.redirectUri, { error: 'access_denied', error_description: 'declined', state: 's' });
    await expect(failed.result).resolves.toEqual({ error: 'access_denied', errorDescription: 'declined' });

    const abort = new AbortController();
    const aborted = await startLoopbackRedirect('s', { signal: abort.signal, timeoutMs: 5000 });
    abort.abort();
    await expect(aborted.result).rejects.toThrow('aborted');
  });
});
