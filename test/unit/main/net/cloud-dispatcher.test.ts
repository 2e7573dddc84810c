import { describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { createCertificates } from '../../../../src/emulator/tls/certificates';
import { toAppError } from '../../../../src/main/graph/error-mapping';
import { connectGraph } from '../../../../src/main/graph/graph-client';
import { CallLimits } from '../../../../src/main/net/call-limits';
import { cloudNetwork, type CloudNetwork } from '../../../../src/main/net/cloud-dispatcher';
import type { Environment } from '../../../../src/main/net/proxy-routes';
import type { ReadRoots } from '../../../../src/main/net/trust-roots';
import { msalNetworkClient } from '../../../../src/main/net/trusted-https';
import type { ResolveProxy } from '../../../../src/main/platform/ports';
import { useEmulator } from '../../../support/use-emulator';
import { closedPort, startConnectProxy, useConnectProxy } from './connect-proxy';

const emulator = useEmulator();
const { proxy, closeAfterTest } = useConnectProxy();

const network = (resolveProxy?: ResolveProxy, env: Environment = {}) => closeAfterTest(cloudNetwork(resolveProxy, env));
const throughProxy: ResolveProxy = async () => proxy.pac;
const emulatorHost = () => new URL(emulator.authorityHost).host;
const metadata = () => `${emulator.authority}/v2.0/.well-known/openid-configuration`;
/** `roots`: the emulator's CA (what the desk trusts for the emulator), or Node's (what it trusts for Microsoft's clouds). */
const readMetadata = (on: CloudNetwork, roots: 'emulator' | 'node' = 'emulator') =>
  msalNetworkClient(roots === 'emulator' ? emulator.caCertPem : undefined, 5_000, on).sendGetRequestAsync<{ issuer: string }>(metadata());

describe('the route the sign-in client takes', () => {
  it("tunnels through the proxy the system's settings name", async () => {
    const answer = await readMetadata(network(throughProxy));
    expect(answer.body.issuer).toContain(emulator.tenantId);
    expect(proxy.targets).toEqual([emulatorHost()]);
  });

  it('goes straight to the service when the system answers DIRECT', async () => {
    await readMetadata(network(async () => 'DIRECT'));
    expect(proxy.targets).toEqual([]);
  });

  it("takes HTTPS_PROXY over the system's answer", async () => {
    await readMetadata(network(async () => 'DIRECT', { HTTPS_PROXY: proxy.url }));
    expect(proxy.targets).toEqual([emulatorHost()]);
  });

  it('goes direct to an address NO_PROXY exempts from HTTPS_PROXY', async () => {
    await readMetadata(network(throughProxy, { HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }));
    expect(proxy.targets).toEqual([]);
  });

  it("trusts only the emulator's CA inside the tunnel: Node's roots refuse its certificate, and the desk says a certificate on the way is not trusted", async () => {
    await expect(readMetadata(network(throughProxy), 'node')).rejects.toMatchObject({ error: { code: 'network', reason: 'proxy_inspects_tls' } });
    expect(proxy.targets).toEqual([emulatorHost()]);
  });
});

describe('an HTTPS proxy', () => {
  // PAC's `HTTPS host:port` (https://chromium.googlesource.com/chromium/src/+/HEAD/net/docs/proxy.md#proxy-server-schemes):
  // the proxy is the organisation's own server, its certificate issued by the organisation's root.
  it("is checked against the system's store, whatever the cloud behind it trusts", async () => {
    const organisation = await createCertificates();
    const secure = await startConnectProxy({ key: organisation.serverKeyPem, cert: organisation.serverCertPem });
    const systemStore: ReadRoots = (type) => (type === 'system' ? [organisation.caCertPem] : []);
    const through = cloudNetwork(async () => secure.pac, {}, systemStore);
    try {
      const answer = await readMetadata(through);
      expect(answer.body.issuer).toContain(emulator.tenantId);
      expect(secure.targets).toEqual([emulatorHost()]);
    } finally {
      await through.close();
      await secure.close();
    }
  });
});

describe('a proxy that fails the desk', () => {
  it('asking for credentials is proxy_auth_required, naming the proxy and its answer', async () => {
    proxy.answerWith(407);
    const failure = await readMetadata(network(throughProxy)).catch((error: unknown) => toAppError(error));
    expect(failure).toMatchObject({ code: 'network', reason: 'proxy_auth_required' });
    expect(failure).toHaveProperty('detail', `${proxy.pac.slice(6)} answered 407 Proxy Authentication Required to CONNECT ${emulatorHost()}`);
  });

  it('refusing the tunnel is proxy_refused, with its status', async () => {
    proxy.answerWith(403);
    await expect(readMetadata(network(throughProxy))).rejects.toMatchObject({
      error: { code: 'network', reason: 'proxy_refused', detail: expect.stringContaining('answered 403 to CONNECT') },
    });
  });

  it("that cannot be reached is a network error naming it, and the next call asks the system's settings again", async () => {
    const port = await closedPort();
    const asked: string[] = [];
    const gone = network(async (url) => (asked.push(url), `PROXY 127.0.0.1:${port}`));
    for (let call = 0; call < 2; call++) {
      await expect(readMetadata(gone)).rejects.toMatchObject({ error: { code: 'network', detail: `127.0.0.1:${port}: ECONNREFUSED` } });
    }
    expect(asked).toHaveLength(2);
    const answered: string[] = [];
    const working = network(async (url) => (answered.push(url), proxy.pac));
    await readMetadata(working);
    await readMetadata(working);
    expect(answered).toHaveLength(1);
  });
});

describe("Graph's client on the same network", () => {
  const graphThrough = (on: CloudNetwork) =>
    connectGraph(
      emulator.graphHost,
      emulator.caCertPem,
      async (permissions) =>
        (await emulator.control.issueToken({ username: demoTechnicians.auth.userPrincipalName, scopes: ['User.Read.All', ...permissions] })).access_token,
      new CallLimits(),
      on,
    );

  it('reads through the tunnel', async () => {
    const user = (await graphThrough(network(throughProxy)).request(`/users/${demoPeople.inScope.id}`, ['User.Read.All']).get()) as { id: string };
    expect(user.id).toBe(demoPeople.inScope.id);
    expect(proxy.targets).toEqual([emulatorHost()]);
  });

  it("keeps the proxy's reason, which Graph's client would turn into a bare network error", async () => {
    proxy.answerWith(407);
    const error = await graphThrough(network(throughProxy)).request(`/users/${demoPeople.inScope.id}`, ['User.Read.All']).get().catch((caught: unknown) => caught);
    expect(toAppError(error)).toMatchObject({ code: 'network', reason: 'proxy_auth_required' });
  });

  it('refuses settings that name only a SOCKS proxy before anything is sent', async () => {
    const mark = emulator.control.requestLog().length;
    const error = await graphThrough(network(async () => 'SOCKS5 127.0.0.1:1080')).request(`/users/${demoPeople.inScope.id}`, ['User.Read.All']).get().catch((caught: unknown) => caught);
    expect(toAppError(error)).toMatchObject({ code: 'network', reason: 'proxy_unsupported' });
    expect(emulator.control.requestLog().slice(mark)).toEqual([]);
  });
});
