import { randomBytes } from 'node:crypto';
import type { Cipher, KeyValueStore } from '../platform/ports';

const STORE_KEY = 'journalSealKey';
const KEY_BYTES = 32;

/**
 * A random 32-byte key, kept encrypted by the cipher in the store; created on first use; null without a cipher.
 *
 * One key for the desk (this OS user), shared by every tenant profile's journal. Only the cipher's ciphertext is
 * stored, so the settings file alone cannot forge a seal. A stored key the cipher cannot open right now is kept
 * and the journals run unsealed for this session: Electron's safeStorage throws on any failure to decrypt
 * (https://www.electronjs.org/docs/latest/api/safe-storage#safestoragedecryptstringencrypted), a keychain the
 * technician declined once included, and a new key would make every journal report `seal_mismatch` for good.
 * Only a value that opens but is not a key is replaced.
 */
export const journalSealKey = (store: KeyValueStore, cipher: Cipher | null): Buffer | null => {
  if (!cipher) return null;
  const stored = store.get(STORE_KEY);
  if (typeof stored === 'string') {
    let opened: string;
    try {
      opened = cipher.decrypt(Buffer.from(stored, 'base64'));
    } catch {
      return null;
    }
    const key = Buffer.from(opened, 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  const key = randomBytes(KEY_BYTES);
  store.set(STORE_KEY, cipher.encrypt(key.toString('base64')).toString('base64'));
  return key;
};
