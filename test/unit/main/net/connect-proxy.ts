import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { CloudNetwork } from '../../../../src/main/net/cloud-dispatcher';

export interface ConnectProxy {
  /** How the system's settings would name it: `PROXY 127.0.0.1:port`, or `HTTPS 127.0.0.1:port`. */
  readonly pac: string;
  /** How HTTPS_PROXY would name it. */
  readonly url: string;
  /** Every CONNECT target asked for, in order (`host:port`). */
  readonly targets: string[];
  /** From now on, answer every CONNECT with this status instead of opening a tunnel; null opens tunnels again. */
  answerWith(status: number | null): void;
  /** Ends every open tunnel and resolves once the client has closed its side, so the next request must CONNECT anew. */
  dropTunnels(): Promise<void>;
  close(): Promise<void>;
}

const REASONS: Record<number, string> = { 403: 'Forbidden', 407: 'Proxy Authentication Required', 502: 'Bad Gateway' };

/**
 * An HTTP proxy on loopback that opens CONNECT tunnels to loopback targets only (anything else gets 403), as a
 * corporate proxy does for the emulator; it records what it is asked for and never sees inside the TLS. With `tls`,
 * an HTTPS proxy: the client speaks TLS to the proxy itself, and the tunnel's own TLS runs inside that.
 */
export const startConnectProxy = async (tls?: { key: string; cert: string }): Promise<ConnectProxy> => {
  const targets: string[] = [];
  const tunnels = new Set<net.Socket>();
  let answer: number | null = null;
  const refuse = (_request: http.IncomingMessage, response: http.ServerResponse) => response.writeHead(405).end();
  const server = tls ? https.createServer(tls, refuse) : http.createServer(refuse);
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = request.url ?? '';
    targets.push(target);
    const [host, port] = target.split(':');
    const status = answer ?? (host === '127.0.0.1' ? null : 403);
    client.on('error', () => client.destroy());
    if (status !== null) {
      // What a Kerberos/NTLM proxy answers a client that brought no credentials.
      const challenge = status === 407 ? 'Proxy-Authenticate: Negotiate\r\nProxy-Authenticate: NTLM\r\n' : '';
      client.end(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Refused'}\r\n${challenge}Content-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.add(client);
    upstream.on('error', () => client.destroy());
    client.on('close', () => {
      tunnels.delete(client);
      upstream.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const dropTunnels = async () => {
    await Promise.all(
      [...tunnels].map(
        (client) =>
          new Promise<void>((resolve) => {
            client.once('close', () => resolve());
            client.end();
          }),
      ),
    );
  };
  return {
    pac: `${tls ? 'HTTPS' : 'PROXY'} 127.0.0.1:${port}`,
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    targets,
    answerWith: (status) => void (answer = status),
    dropTunnels,
    close: async () => {
      for (const client of tunnels) client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

/**
 * One proxy per test file. After each test the networks handed to `closeAfterTest` are closed, so no tunnel
 * outlives its test, and the proxy opens tunnels again with an empty log. The answer forwards to the running
 * proxy, as `useEmulator`'s does to the emulator.
 */
export const useConnectProxy = (): { proxy: ConnectProxy; closeAfterTest: <T extends CloudNetwork>(network: T) => T } => {
  let running: ConnectProxy | undefined;
  const opened: CloudNetwork[] = [];
  beforeAll(async () => {
    running = await startConnectProxy();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((network) => network.close()));
    running?.answerWith(null);
    running?.targets.splice(0);
  });
  afterAll(() => running?.close());
  const proxy = new Proxy({} as ConnectProxy, {
    get: (_target, key) => {
      if (!running) throw new Error('The proxy starts before the first test of the file.');
      return Reflect.get(running, key);
    },
  });
  return { proxy, closeAfterTest: (network) => (opened.push(network), network) };
};

/** A loopback port nothing listens on: one the system just gave out and took back. */
export const closedPort = async (): Promise<number> => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};
