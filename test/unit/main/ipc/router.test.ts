import { describe, expect, it, vi } from 'vitest';
import { channelNames, type Channel } from '../../../../src/shared';
import { failure } from '../../../../src/main/app-failure';
import { createRouter, type Handlers } from '../../../../src/main/ipc/router';
import { trustedSender } from '../../../../src/main/ipc/trusted-sender';

const renderer = 'app://tap-desk/index.html';
const own = { url: renderer, isMainFrame: true };

const handlers = (overrides: Partial<Handlers> = {}): Handlers => {
  const unexpected = () => Promise.reject(new Error('not under test'));
  const all = Object.fromEntries(channelNames.map((channel: Channel) => [channel, unexpected])) as unknown as Handlers;
  return { ...all, ...overrides };
};

describe('ipc router', () => {
  it('answers a valid request from our own document with the handler value', async () => {
    const router = createRouter(handlers({ 'auth:cancel-sign-in': async () => true }), { isTrustedSender: trustedSender(renderer) });
    await expect(router.dispatch('auth:cancel-sign-in', own, undefined)).resolves.toEqual({ ok: true, value: true });
  });

  it.each([
    ['a local file', { url: 'file:///tmp/evil.html', isMainFrame: true }],
    ['another host of the app scheme', { url: 'app://evil/index.html', isMainFrame: true }],
    ['a sub-frame of our document', { url: renderer, isMainFrame: false }],
    ['a web page', { url: 'https://example.com/', isMainFrame: true }],
    ['no url at all', { url: '', isMainFrame: true }],
  ])('refuses %s without running the handler', async (_name, sender) => {
    const handler = vi.fn(async () => true);
    const router = createRouter(handlers({ 'auth:cancel-sign-in': handler }), { isTrustedSender: trustedSender(renderer) });
    const result = await router.dispatch('auth:cancel-sign-in', sender, undefined);
    expect(result.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('trusts the dev server by origin only', () => {
    const isTrusted = trustedSender('http://localhost:5173/');
    expect(isTrusted({ url: 'http://localhost:5173/index.html', isMainFrame: true })).toBe(true);
    expect(isTrusted({ url: 'http://localhost:5174/', isMainFrame: true })).toBe(false);
  });

  it('turns input that breaks the contract into a validation error and never calls the handler', async () => {
    const search = vi.fn(async () => ({ users: [] }));
    const onFailure = vi.fn();
    const router = createRouter(handlers({ 'users:search': search }), { isTrustedSender: () => true, onFailure });
    const result = await router.dispatch('users:search', own, { query: '', top: 5000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!result.ok && result.error.detail).toMatch(/query/);
    expect(search).not.toHaveBeenCalled();
    expect(onFailure).toHaveBeenCalledWith('users:search', 'validation', expect.any(String));
  });

  it('refuses unknown channels', async () => {
    const router = createRouter(handlers(), { isTrustedSender: () => true });
    await expect(router.dispatch('fs:read', own, '/etc/passwd')).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('returns thrown contract failures and unknown exceptions as Results, never throws', async () => {
    const router = createRouter(
      handlers({
        'tap:prepare': async () => {
          throw failure('user_not_found', 'gone');
        },
        'users:search': async () => {
          throw new TypeError('boom');
        },
      }),
      { isTrustedSender: () => true },
    );
    await expect(router.dispatch('tap:prepare', own, { userId: '00000000-0000-4000-8000-000000000001' })).resolves.toEqual({ ok: false, error: { code: 'user_not_found', message: 'gone' } });
    await expect(router.dispatch('users:search', own, { query: 'lena' })).resolves.toMatchObject({ ok: false, error: { code: 'unexpected', detail: 'TypeError' } });
  });

  it('strips fields the contract does not declare from answers', async () => {
    const router = createRouter(
      handlers({
        'users:search': async () => ({ users: [], accessToken: 'eyJ…' }) as unknown as { users: [] },
      }),
      { isTrustedSender: () => true },
    );
    const result = await router.dispatch('users:search', own, { query: 'lena' });
    expect(result).toEqual({ ok: true, value: { users: [] } });
  });

  it('registers a handler for every channel of the contract', () => {
    const router = createRouter(handlers(), { isTrustedSender: () => true });
    expect([...router.channels].sort()).toEqual([...channelNames].sort());
  });
});
