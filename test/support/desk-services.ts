import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { composeApp, type AppDeps } from '../../src/main/compose';
import { demoProfile } from '../../src/main/accounts/demo-profile';

import type { CallBudgets } from '../../src/main/net/call-limits';
import type { Channel, InputOf, OutputOf, Result } from '../../src/shared';
import { deskPlatform } from './desk-platform';
import { memoryStore } from './memory-store';
import { browserStandIn } from './sign-in-driver';
import { testCipher } from './test-cipher';
import type { Cipher } from '../../src/main/platform/ports';

/** Main's real services against the emulator, driven through the router exactly as the renderer does. */
export const deskServices = async (
  emulator: RunningEmulator,
  options: { cacheDir?: string; cipher?: Cipher; callBudgets?: Partial<CallBudgets>; managed?: AppDeps['managed'] } = {},
) => {
  const cacheDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'tapdesk-main-')));
  const cipher = options.cipher ?? testCipher();
  let browser: ReturnType<typeof browserStandIn> | undefined;
  const store = memoryStore();
  const platform = deskPlatform();
  const events: { event: string; payload: unknown }[] = [];
  const { router, auth } = composeApp({
    store,
    clipboard: platform.clipboard,
    protectWindow: platform.protectWindow,
    slips: platform.slipOutput,
    files: platform.files,
    cipher,
    cacheDir,
    logoDir: join(cacheDir, 'logos'),
    journalDir: join(cacheDir, 'journal'),
    openBrowser: (url) => {
      if (!browser) throw new Error('No credentials for the sign-in page');
      return browser.openBrowser(url);
    },
    bringToFront: platform.bringToFront,
    isTrustedSender: () => true,
    sendEvent: (event, payload) => void events.push({ event, payload }),
    ...(options.callBudgets ? { callBudgets: options.callBudgets } : {}),
    ...(options.managed ? { managed: options.managed } : {}),
    demo: {
      endpoints: { authorityHost: emulator.authorityHost, graphHost: emulator.graphHost, caCertPem: emulator.caCertPem },
      profile: demoProfile(emulator),
    },
  });
  const call = <C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]) =>
    router.dispatch(channel, { url: 'test', isMainFrame: true }, input[0]) as Promise<Result<OutputOf<C>>>;
  const value = async <C extends Channel>(channel: C, ...input: InputOf<C> extends void ? [] : [InputOf<C>]) => {
    const result = await call(channel, ...input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message} ${result.error.detail ?? ''}`);
    return result.value;
  };
  return {
    call,
    value,
    auth,
    store,
    platform,
    /** Main's events as they would reach the renderer. */
    events,
    cacheDir,
    cipher,
    /** The next interactive sign-in types these credentials into the emulator's page. */
    credentials(username: string, password: string) {
      browser = browserStandIn(emulator.caCertPem, username, password);
      return browser.outcome;
    },
    async signIn(technician: { userPrincipalName: string; password: string }) {
      this.credentials(technician.userPrincipalName, technician.password);
      return value('auth:sign-in', { profileId: 'demo' });
    },
  };
};
