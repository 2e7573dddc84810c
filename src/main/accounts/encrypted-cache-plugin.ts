import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { Cipher } from '../platform/ports';

/** Encrypts at rest; in the app this is Electron's safeStorage, in tests an injected key. */

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** MSAL token cache persisted to one file per tenant profile, never in clear text. */
export const encryptedCachePlugin = (file: string, cipher: Cipher): ICachePlugin => ({
  async beforeCacheAccess(context: TokenCacheContext) {
    try {
      context.tokenCache.deserialize(cipher.decrypt(await readFile(file)));
    } catch (error) {
      // A cache that cannot be decrypted (other machine, other OS user) only means signing in again.
      if (!isMissing(error)) context.tokenCache.deserialize('{}');
    }
  },
  async afterCacheAccess(context: TokenCacheContext) {
    if (!context.cacheHasChanged) return;
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, cipher.encrypt(context.tokenCache.serialize()), { mode: 0o600 });
    await rename(temp, file);
  },
});
