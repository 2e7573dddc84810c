import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { demoProfile } from '../../src/main/accounts/demo-profile';
import type { AppDeps } from '../../src/main/compose';
import { deskPlatform } from './desk-platform';
import { memoryStore } from './memory-store';
import { testCipher } from './test-cipher';

export interface MemoryDepsOptions extends Partial<AppDeps> {
  /** The folder main keeps its files in: the token cache itself, `logos/` and `journal/` below it. */
  dir: string;
  /** Demo mode against this emulator: its endpoints and the profile that points at it. */
  emulator?: RunningEmulator;
}

/**
 * What `composeApp` needs from Electron, in memory (store, cipher, clipboard, window, slips, files), with main's
 * folders under `dir`; `overrides` replace any of it. No sign-in page opens unless a test passes `openBrowser`.
 */
export const memoryDeps = ({ dir, emulator, ...overrides }: MemoryDepsOptions) => {
  const platform = deskPlatform();
  const store = memoryStore();
  const deps: AppDeps = {
    store,
    clipboard: platform.clipboard,
    protectWindow: platform.protectWindow,
    slips: platform.slipOutput,
    files: platform.files,
    bringToFront: platform.bringToFront,
    cipher: testCipher(),
    cacheDir: dir,
    logoDir: join(dir, 'logos'),
    journalDir: join(dir, 'journal'),
    openBrowser: async () => undefined,
    isTrustedSender: () => true,
    ...(emulator
      ? {
          demo: {
            endpoints: { authorityHost: emulator.authorityHost, graphHost: emulator.graphHost, caCertPem: emulator.caCertPem },
            profile: demoProfile(emulator),
          },
        }
      : {}),
    ...overrides,
  };
  return { deps, platform, store };
};
