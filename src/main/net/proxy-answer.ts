/**
 * Where requests to one origin go: straight to it, or through an HTTP or HTTPS proxy that opens a tunnel with
 * CONNECT. `uri` may carry credentials (from HTTPS_PROXY); `name` is host:port only and is what messages show.
 */
export type ProxyRoute = { readonly kind: 'direct' } | ProxyServer;
export interface ProxyServer {
  readonly kind: 'proxy';
  readonly uri: string;
  readonly name: string;
}

/** A route, or proxy settings that name only proxies TAP Desk cannot speak to (SOCKS, QUIC, another scheme). */
export type ProxyDecision = ProxyRoute | { readonly kind: 'unsupported'; readonly detail: string };

export const direct: ProxyRoute = { kind: 'direct' };

const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::(\d{1,5}))?$/i;

/** `host[:port]` as a proxy of the given scheme, with the scheme's default port. */
const proxyAt = (protocol: 'http:' | 'https:', hostPort: string): ProxyServer | undefined => {
  const match = HOST_PORT.exec(hostPort);
  if (!match) return undefined;
  const port = Number(match[2] ?? (protocol === 'http:' ? 80 : 443));
  if (port < 1 || port > 65_535) return undefined;
  const name = `${match[1] ?? ''}:${port}`.toLowerCase();
  return { kind: 'proxy', uri: `${protocol}//${name}`, name };
};

/** Schemes Chromium can answer with that undici cannot tunnel through. */
const UNSUPPORTED = new Set(['SOCKS', 'SOCKS4', 'SOCKS5', 'QUIC']);

/**
 * Reads Chromium's PAC-style answer (what `session.resolveProxy` returns): entries separated by `;`, each
 * `DIRECT`, `PROXY host[:port]` (port 80), `HTTPS host[:port]` (port 443), `SOCKS`/`SOCKS4`/`SOCKS5`/`QUIC host[:port]`
 * (https://chromium.googlesource.com/chromium/src/+/HEAD/net/docs/proxy.md#proxy-server-schemes).
 *
 * The first entry TAP Desk can use wins. SOCKS and QUIC are skipped, so `SOCKS5 s:1080; DIRECT` goes direct; an
 * answer that names only such proxies is refused rather than sent direct, since a network that routes through a
 * SOCKS proxy rarely lets the desk out without it, and the technician then learns why. An answer with no valid
 * entry at all counts as DIRECT, as in Chromium, which treats it as a broken PAC script.
 */
export const parsePacAnswer = (answer: string): ProxyDecision => {
  let onlyUnsupported = false;
  for (const entry of answer.split(';')) {
    const [scheme = '', hostPort, ...extra] = entry.trim().split(/\s+/);
    if (extra.length > 0) continue;
    const kind = scheme.toUpperCase();
    if (kind === 'DIRECT' && hostPort === undefined) return direct;
    if (hostPort === undefined) continue;
    if (kind === 'PROXY' || kind === 'HTTPS') {
      const route = proxyAt(kind === 'PROXY' ? 'http:' : 'https:', hostPort);
      if (route) return route;
    } else if (UNSUPPORTED.has(kind) && HOST_PORT.test(hostPort)) {
      onlyUnsupported = true;
    }
  }
  return onlyUnsupported ? { kind: 'unsupported', detail: `The system's proxy settings answered "${answer.trim()}"` } : direct;
};

/**
 * A proxy named in HTTPS_PROXY: `http://host:port`, `https://host:port` or a bare `host:port` (HTTP, as curl reads
 * it), optionally with `user:password@` for a proxy that takes Basic credentials. The detail of a refusal never
 * repeats the value, which may hold a password.
 */
export const parseProxyUrl = (value: string): ProxyDecision => {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { kind: 'unsupported', detail: 'HTTPS_PROXY is not a proxy address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'unsupported', detail: `HTTPS_PROXY names a ${url.protocol.slice(0, -1)} proxy` };
  }
  const route = proxyAt(url.protocol, url.host);
  if (!route || (url.pathname !== '/' && url.pathname !== '')) return { kind: 'unsupported', detail: 'HTTPS_PROXY is not a proxy address' };
  const credentials = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  return { ...route, uri: `${url.protocol}//${credentials}${route.name}` };
};
