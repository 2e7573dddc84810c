import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCacheContext } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { encryptedCachePlugin } from '../../../src/main/accounts/encrypted-cache-plugin';
import { startLoopbackRedirect } from '../../../src/main/accounts/loopback-redirect';
import { isAllowedSignInUrl } from '../../../src/main/accounts/sign-in-url';
import { ProfileRepository } from '../../../src/main/accounts/profile-repository';
import { memoryStore } from '../../support/memory-store';
import { testCipher } from '../../support/test-cipher';

const cacheContext = (initial: string, changed: boolean) => {
  let content = initial;
  return {
    get content() {
      return content;
    },
    context: {
      cacheHasChanged: changed,
      tokenCache: { serialize: () => content, deserialize: (value: string) => void (content = value) },
    } as unknown as TokenCacheContext,
  };
};

describe('encrypted token cache', () => {
  it('round-trips through the cipher and never writes clear text', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'tapdesk-cache-')), 'msal.bin');
    const cipher = testCipher();
    const plugin = encryptedCachePlugin(file, cipher);
    const secret = '{"RefreshToken":{"k":{"secret":"refresh-token-value"}}}';
    await plugin.afterCacheAccess(cacheContext(secret, true).context);
    expect((await readFile(file)).includes(Buffer.from('refresh-token-value'))).toBe(false);
    const reader = cacheContext('', false);
    await plugin.beforeCacheAccess(reader.context);
    expect(reader.content).toBe(secret);
  });

  it('starts empty when the file was encrypted with another key', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'tapdesk-cache-')), 'msal.bin');
    await encryptedCachePlugin(file, testCipher()).afterCacheAccess(cacheContext('{"a":1}', true).context);
    const reader = cacheContext('untouched', false);
    await encryptedCachePlugin(file, testCipher()).beforeCacheAccess(reader.context);
    expect(reader.content).toBe('{}');
    await writeFile(file, 'garbage');
  });
});

describe('loopback redirect', () => {
  const post = (uri: string, body: Record<string, string>) =>
    fetch(uri, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });

  it('listens on 127.0.0.1 only, ignores a wrong state, resolves the code and closes', async () => {
    const redirect = await startLoopbackRedirect('state-1', { signal: new AbortController().signal, timeoutMs: 5000 });
    expect(redirect.redirectUri).toMatch(/^http:\/\/localhost:\d+$/);
    const ipv4 = redirect.redirectUri.replace('localhost', '127.0.0.1');
    await expect(fetch(redirect.redirectUri.replace('localhost', '[::1]'))).rejects.toThrow();
    expect((await post(ipv4, { code: 'c', state: 'other' })).status).toBe(400);
    expect((await post(ipv4, { code: 'the-code', state: 'state-1' })).status).toBe(200);
    await expect(redirect.result).resolves.toEqual({ code: 'the-code' });
    await expect(fetch(ipv4)).rejects.toThrow();
  });

  it('drops an oversized request from another local process and keeps waiting for the real answer', async () => {
    const redirect = await startLoopbackRedirect('s', { signal: new AbortController().signal, timeoutMs: 5000 });
    const ipv4 = redirect.redirectUri.replace('localhost', '127.0.0.1');
    await expect(post(ipv4, { code: 'x'.repeat(100_000), state: 's' })).rejects.toThrow();
    await post(ipv4, { code: 'real', state: 's' });
    await expect(redirect.result).resolves.toEqual({ code: 'real' });
  });

  it('passes an OAuth error through and stops on abort', async () => {
    const failed = await startLoopbackRedirect('s', { signal: new AbortController().signal, timeoutMs: 5000 });
    await post(failed.redirectUri.replace('localhost', '127.0.0.1'), { error: 'access_denied', error_description: 'declined', state: 's' });
    await expect(failed.result).resolves.toEqual({ error: 'access_denied', errorDescription: 'declined' });

    const abort = new AbortController();
    const aborted = await startLoopbackRedirect('s', { signal: abort.signal, timeoutMs: 5000 });
    abort.abort();
    await expect(aborted.result).rejects.toThrow('aborted');
  });
});

describe('sign-in address check', () => {
  it('allows https on the profile login host only', () => {
    expect(isAllowedSignInUrl('https://login.microsoftonline.us/t/oauth2/v2.0/authorize?x=1', 'https://login.microsoftonline.us')).toBe(true);
    expect(isAllowedSignInUrl('http://login.microsoftonline.us/t', 'https://login.microsoftonline.us')).toBe(false);
    expect(isAllowedSignInUrl('https://login.microsoftonline.com/t', 'https://login.microsoftonline.us')).toBe(false);
    expect(isAllowedSignInUrl('https://user:pw@login.microsoftonline.us/t', 'https://login.microsoftonline.us')).toBe(false);
    expect(isAllowedSignInUrl('file:///etc/passwd', 'https://login.microsoftonline.us')).toBe(false);
  });
});

describe('profile repository', () => {
  it('saves, lists, edits and removes profiles and forgets the active account of a removed one', () => {
    const store = memoryStore();
    const repository = new ProfileRepository(store);
    const saved = repository.save({ label: 'Contoso', cloud: 'global', tenant: 'contoso.onmicrosoft.com', clientId: '00000000-0000-0000-0000-000000000001' });
    repository.save({ ...saved, label: 'Contoso HQ' });
    expect(repository.list()).toEqual([{ ...saved, label: 'Contoso HQ' }]);
    repository.setActiveAccount({ profileId: saved.id, homeAccountId: 'a.b' });
    repository.remove(saved.id);
    expect(repository.list()).toEqual([]);
    expect(repository.activeAccount()).toBeNull();
  });

  it('skips stored entries that no longer parse', () => {
    const store = memoryStore();
    store.set('tenantProfiles', [{ id: 'x', label: 'broken' }]);
    expect(new ProfileRepository(store).list()).toEqual([]);
  });
});
