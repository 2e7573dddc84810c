import { safeStorage } from 'electron';
import type { Cipher } from '../auth/encrypted-cache-plugin';

/** OS-backed encryption (DPAPI, Keychain, libsecret/kwallet) for the token cache. */
export const safeStorageCipher = (): Cipher => {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new Error('The operating system offers no secure storage; TAP Desk will not keep tokens unencrypted.');
  }
  return {
    encrypt: (plaintext) => safeStorage.encryptString(plaintext),
    decrypt: (ciphertext) => safeStorage.decryptString(ciphertext),
  };
};
