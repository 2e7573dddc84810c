import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCacheContext } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { encryptedCachePlugin } from '../../../../src/main/accounts/encrypted-cache-plugin';
import { testCipher } from '../../../support/test-cipher';

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
