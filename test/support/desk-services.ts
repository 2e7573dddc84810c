import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { composeApp, type AppDeps } from '../../src/main/compose';
import type { CallBudgets } from '../../src/main/net/call-limits';
import type { Cipher } from '../../src/main/platform/ports';
import { memoryDeps } from './memory-deps';
import { routerCalls } from './router-calls';
import { browserStandIn } from './sign-in-driver';
import { testCipher } from './test-cipher';

/** Main's real services against the emulator, driven through the router exactly as the renderer does. */
export const deskServices = async (
  emulator: RunningEmulator,
  options: { cacheDir?: string; cipher?: Cipher; callBudgets?: Partial<CallBudgets>; managed?: AppDeps['managed'] } = {},
) => {
  const cacheDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'tapdesk-main-')));
  const cipher = options.cipher ?? testCipher();
  let browser: ReturnType<typeof browserStandIn> | undefined;
  const events: { event: string; payload: unknown }[] = [];
  const { deps, platform, store } = memoryDeps({
    dir: cacheDir,
    emulator,
    cipher,
    openBrowser: (url) => {
      if (!browser) throw new Error('No credentials for the sign-in page');
      return browser.openBrowser(url);
    },
    sendEvent: (event, payload) => void events.push({ event, payload }),
    ...(options.callBudgets ? { callBudgets: options.callBudgets } : {}),
    ...(options.managed ? { managed: options.managed } : {}),
  });
  const { router, auth } = composeApp(deps);
  const { call, value } = routerCalls(router);
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
