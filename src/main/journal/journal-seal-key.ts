import { randomBytes } from 'node:crypto';
import type { Cipher, KeyValueStore } from '../platform/ports';

const STORE_KEY = 'journalSealKey';
const KEY_BYTES = 32;

/**
 * A random 32-byte key, kept encrypted by the cipher in the store; created on first use; null without a cipher.
 *
 * One key for the desk (this OS user), shared by every tenant profile's journal. Only the cipher's ciphertext is
 * stored, so the settings file alone cannot forge a seal. A stored key the cipher can no longer open (the OS's
 * secure storage was reset, or the settings came from another user or machine) is replaced by a new one: the
 * journals sealed with the old key then report `seal_mismatch`, which is true, since nothing here can vouch for
 * them any more. Electron's safeStorage throws when it cannot decrypt
 * (https://www.electronjs.org/docs/latest/api/safe-storage#safestoragedecryptstringencrypted).
 */
export const journalSealKey = (store: KeyValueStore, cipher: Cipher | null): Buffer | null => {
  if (!cipher) return null;
  const stored = store.get(STORE_KEY);
  if (typeof stored === 'string') {
    try {
      const key = Buffer.from(cipher.decrypt(Buffer.from(stored, 'base64')), 'base64');
      if (key.length === KEY_BYTES) return key;
    } catch {
      // Replaced below.
    }
  }
  const key = randomBytes(KEY_BYTES);
  store.set(STORE_KEY, cipher.encrypt(key.toString('base64')).toString('base64'));
  return key;
};
