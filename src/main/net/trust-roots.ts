import tls from 'node:tls';

/** Node's `tls.getCACertificates` (Node 22.15 and later, which Electron ships; absent under older Node). */
export type ReadRoots = (type: 'default' | 'system') => string[];

export const nodeRoots = (tls as { getCACertificates?: ReadRoots }).getCACertificates;

/**
 * The roots a cloud's certificates are checked against. The emulator: its own CA and nothing else. Microsoft's
 * clouds: Node's roots plus the operating system's trust store, as Chromium trusts it, so that a root the
 * organisation installed (a TLS-inspecting proxy's) works for TAP Desk as it does in the browser
 * (https://nodejs.org/api/tls.html#tlsgetcacertificatestype). Undefined where Node cannot read the store: Node's
 * own roots then apply.
 */
export const trustedRoots = (ca: string | undefined, read: ReadRoots | undefined): string[] | undefined => {
  if (ca) return [ca];
  if (!read) return undefined;
  return [...new Set([...read('default'), ...read('system')])];
};
