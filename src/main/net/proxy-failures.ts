import { AsyncLocalStorage } from 'node:async_hooks';
import { AppFailure, failure } from '../app-failure';

/** The settings name only proxies TAP Desk cannot speak to. */
export const proxyUnsupported = (detail: string): AppFailure =>
  failure('network', 'The proxy settings name only proxies TAP Desk cannot use (SOCKS or QUIC).', { reason: 'proxy_unsupported', detail });

/** Node's and undici's codes for a proxy that cannot be reached: through a tunnel these can only concern the proxy. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** OpenSSL's and Node's codes for a certificate that does not chain to a trusted root or does not name the host. */
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** undici's ProxyAgent refuses a tunnel the proxy did not open with this message (undici 6, lib/dispatcher/proxy-agent.js). */
const TUNNEL_REFUSED = /Proxy response \((\d{3})\) !== 200/;

/**
 * A failure on the way through a proxy as a contract error: still `network` (the screen says TAP Desk cannot reach
 * Microsoft), with a reason that names the remedy and a detail that names the proxy (host:port only, never
 * credentials). `unreachable` says the proxy itself could not be reached, so its route is worth asking for again.
 */
export const proxyFailure = (error: Error, proxy: string, target: string): { failure: AppFailure; unreachable: boolean } | undefined => {
  const status = TUNNEL_REFUSED.exec(error.message)?.[1];
  if (status === '407') {
    // undici answers a 407 with Basic credentials only, from the proxy's address; it cannot do Kerberos or NTLM.
    const detail = `${proxy} answered 407 Proxy Authentication Required to CONNECT ${target}`;
    return { failure: failure('network', 'The proxy asks for credentials TAP Desk cannot give.', { reason: 'proxy_auth_required', detail }), unreachable: false };
  }
  if (status) {
    const detail = `${proxy} answered ${status} to CONNECT ${target}`;
    return { failure: failure('network', `The proxy refused the connection to ${target}.`, { reason: 'proxy_refused', detail }), unreachable: false };
  }
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (UNREACHABLE.has(code)) {
    return { failure: failure('network', 'The proxy could not be reached.', { detail: `${proxy}: ${code}` }), unreachable: true };
  }
  if (UNTRUSTED.has(code)) {
    const detail = `${code} through ${proxy} to ${target}`;
    return { failure: failure('network', 'A certificate on the way through the proxy is not trusted.', { reason: 'proxy_inspects_tls', detail }), unreachable: false };
  }
  return undefined;
};

/** Where the requests of one operation note what their proxy said, and an answer clears it. */
export interface ProxyFailureNote {
  failure: AppFailure | undefined;
}

const notes = new AsyncLocalStorage<ProxyFailureNote>();

/** The note of the operation running now; the dispatcher takes it when a request starts and writes to it later. */
export const currentProxyNote = (): ProxyFailureNote | undefined => notes.getStore();

/**
 * Runs a call of Graph's client or MSAL and, if it fails after its proxy failed a request, throws the proxy's
 * failure instead: both libraries replace a network error with their own and drop its cause (Graph's client makes a
 * GraphError of status -1, MSAL a bare `network_error`, and a failed metadata read becomes `endpoints_resolution_error`).
 */
export const withProxyFailures = async <T>(operation: () => Promise<T>): Promise<T> => {
  const note: ProxyFailureNote = { failure: undefined };
  try {
    return await notes.run(note, operation);
  } catch (error) {
    throw note.failure ?? error;
  }
};
