import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians, type DemoTechnician } from '../../../../src/emulator';
import { composeApp } from '../../../../src/main/compose';
import type { ResolveProxy } from '../../../../src/main/platform/ports';
import { memoryDeps } from '../../../support/memory-deps';
import { routerCalls } from '../../../support/router-calls';
import { browserStandIn } from '../../../support/sign-in-driver';
import { useEmulator } from '../../../support/use-emulator';
import { useConnectProxy } from './connect-proxy';

const emulator = useEmulator();
const { proxy, closeAfterTest } = useConnectProxy();

/** The desk as the app composes it, with the system's proxy settings standing in for Electron's resolveProxy. */
const desk = async (resolveProxy: ResolveProxy) => {
  const browsers: ReturnType<typeof browserStandIn>[] = [];
  let opens = 0;
  const { deps } = memoryDeps({
    dir: await mkdtemp(join(tmpdir(), 'tapdesk-proxy-')),
    emulator,
    openBrowser: async (url) => {
      opens += 1;
      const browser = browsers.at(-1);
      if (!browser) throw new Error('No credentials for the sign-in page');
      await browser.openBrowser(url);
    },
    resolveProxy,
  });
  const { router, auth } = composeApp(deps);
  closeAfterTest(auth.network);
  const { call } = routerCalls(router);
  return {
    call,
    /** How often main opened the sign-in page in the (stand-in) browser, which reaches the service by itself. */
    browserOpens: () => opens,
    signIn: (technician: DemoTechnician) => {
      browsers.push(browserStandIn(emulator.caCertPem, technician.userPrincipalName, technician.password));
      return call('auth:sign-in', { profileId: 'demo' });
    },
  };
};

const emulatorHost = () => new URL(emulator.authorityHost).host;
const requestsSince = (mark: number) =>
  emulator.control
    .requestLog()
    .slice(mark)
    .map((entry) => `${entry.method} ${entry.path}`);
const person = demoPeople.inScope.id;
const issue = (at: Awaited<ReturnType<typeof desk>>) => at.call('tap:create', { userId: person, lifetimeInMinutes: 60, isUsableOnce: true, replacePassId: null });

describe('behind a proxy the system names', () => {
  it('signs in and issues a pass through it: CONNECTs to the emulator for the token endpoint, then again for Graph', async () => {
    const asked: string[] = [];
    const atDesk = await desk(async (url) => (asked.push(url), proxy.pac));
    const mark = emulator.control.requestLog().length;
    await expect(atDesk.signIn(demoTechnicians.auth)).resolves.toMatchObject({ ok: true });
    expect(requestsSince(mark)).toContain(`POST /${emulator.tenantId}/oauth2/v2.0/token`);
    expect(proxy.targets).toContain(emulatorHost());
    expect(asked).toContain(`${emulator.authorityHost}/`);

    // Tunnels are kept for later requests: closing them makes Graph's first call open one of its own.
    await proxy.dropTunnels();
    proxy.targets.length = 0;
    const created = emulator.control.requestLog().length;
    await expect(atDesk.call('tap:prepare', { userId: person })).resolves.toMatchObject({ ok: true });
    await expect(issue(atDesk)).resolves.toMatchObject({ ok: true, value: { userId: person, lifetimeInMinutes: 60 } });
    expect(requestsSince(created)).toContain(`POST /v1.0/users/${person}/authentication/temporaryAccessPassMethods`);
    expect(proxy.targets).not.toHaveLength(0);
    expect(new Set(proxy.targets)).toEqual(new Set([emulatorHost()]));
  });

  it('sees nothing when the system answers DIRECT', async () => {
    const atDesk = await desk(async () => 'DIRECT');
    await expect(atDesk.signIn(demoTechnicians.auth)).resolves.toMatchObject({ ok: true });
    await expect(atDesk.call('tap:prepare', { userId: person })).resolves.toMatchObject({ ok: true });
    await expect(issue(atDesk)).resolves.toMatchObject({ ok: true });
    expect(proxy.targets).toEqual([]);
  });

  it('stops sign-in with proxy_auth_required when the proxy asks for credentials, before the browser opens', async () => {
    proxy.answerWith(407);
    const atDesk = await desk(async () => proxy.pac);
    const result = await atDesk.signIn(demoTechnicians.auth);
    expect(result).toMatchObject({ ok: false, error: { code: 'network', reason: 'proxy_auth_required' } });
    expect(atDesk.browserOpens()).toBe(0);
    expect(proxy.targets).toEqual([emulatorHost()]);
  });

  it('says proxy_auth_required for Graph calls once the proxy starts asking for credentials in the middle of a session', async () => {
    const atDesk = await desk(async () => proxy.pac);
    await expect(atDesk.signIn(demoTechnicians.auth)).resolves.toMatchObject({ ok: true });
    proxy.answerWith(407);
    await proxy.dropTunnels();
    await expect(atDesk.call('tap:prepare', { userId: person })).resolves.toMatchObject({ ok: false, error: { code: 'network', reason: 'proxy_auth_required' } });
  });
});
