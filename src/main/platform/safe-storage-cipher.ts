import { safeStorage } from 'electron';
import type { Cipher } from './ports';

/**
 * OS-backed encryption (DPAPI, Keychain, libsecret/kwallet) for the token cache. Without it (or with
 * Linux's `basic_text` fallback, a fixed key) there is no cipher and tokens stay in memory only.
 */
export const safeStorageCipher = (): Cipher | null => {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    encrypt: (plaintext) => safeStorage.encryptString(plaintext),
    decrypt: (ciphertext) => safeStorage.decryptString(ciphertext),
  };
};
