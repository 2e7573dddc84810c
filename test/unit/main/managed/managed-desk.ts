import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeApp } from '../../../../src/main/compose';
import type { ManagedStart } from '../../../../src/main/managed';
import type { Channel, InputOf, ManagedConfig, OutputOf, Result } from '../../../../src/shared';
import { deskPlatform } from '../../../support/desk-platform';
import { memoryStore } from '../../../support/memory-store';
import { testCipher } from '../../../support/test-cipher';

export const contoso = { id: 'contoso', label: 'Contoso', cloud: 'global' as const, tenant: 'contoso.onmicrosoft.com', clientId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f' };
export const fabrikam = { label: 'Fabrikam', cloud: 'global' as const, tenant: 'fabrikam.onmicrosoft.com', clientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };

/** Main as the app composes it, with an organisation's configuration read at start; no sign-in is needed for profiles and settings. */
export const managedDesk = (managed: Partial<ManagedStart> & { config: ManagedConfig | null }) => {
  const dir = mkdtempSync(join(tmpdir(), 'tapdesk-managed-desk-'));
  const store = memoryStore();
  const platform = deskPlatform();
  const { router } = composeApp({
    store,
    clipboard: platform.clipboard,
    protectWindow: platform.protectWindow,
    slips: platform.slipOutput,
    files: platform.files,
    cipher: testCipher(),
    cacheDir: dir,
    logoDir: join(dir, 'logos'),
    journalDir: join(dir, 'journal'),
    openBrowser: async () => undefined,
    isTrustedSender: () => true,
    managed: { file: '/etc/tap-desk/managed.json', problem: null, demoRefused: false, ...managed },
  });
  const call = <C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]) =>
    router.dispatch(channel, { url: 'test', isMainFrame: true }, input[0]) as Promise<Result<OutputOf<C>>>;
  const value = async <C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]) => {
    const result = await call(channel, ...input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message} ${result.error.detail ?? ''}`);
    return result.value;
  };
  return { call, value, store, platform };
};
