import { BlockList, isIP } from 'node:net';

const defaultPort = (url: URL): number => Number(url.port || (url.protocol === 'http:' ? 80 : 443));

/** An entry's host and optional port: `host`, `host:port`, `[v6]`, `[v6]:port`, or a bare IPv6 address. */
const split = (entry: string): { host: string; port: number | undefined } => {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ? Number(bracketed[2]) : undefined };
  if (isIP(entry) === 6) return { host: entry, port: undefined };
  const withPort = /^(.+):(\d+)$/.exec(entry);
  return withPort ? { host: withPort[1] ?? '', port: Number(withPort[2]) } : { host: entry, port: undefined };
};

/** Whether a `address/bits` entry covers the target, which must itself be an IP literal (no name is looked up). */
const inRange = (entry: string, host: string): boolean => {
  const [network = '', bits = ''] = entry.split('/');
  const family = isIP(network);
  if (family === 0 || isIP(host) !== family || !/^\d+$/.test(bits)) return false;
  const range = new BlockList();
  const type = family === 4 ? 'ipv4' : 'ipv6';
  try {
    range.addSubnet(network, Number(bits), type);
  } catch {
    return false;
  }
  return range.check(host, type);
};

/**
 * Whether NO_PROXY exempts a URL from HTTPS_PROXY, by curl's rules, which Node's own proxy support follows
 * (https://curl.se/docs/manpage.html#--noproxy): entries separated by commas or spaces; `*` alone exempts everything;
 * `example.com`, `.example.com` and `*.example.com` all match example.com and every name under it; an IP literal
 * matches itself, `10.0.0.0/8` a range of literals; `:port` narrows an entry to one port. Names are compared as
 * written, never resolved.
 */
export const exemptFromProxy = (noProxy: string, url: URL): boolean => {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = defaultPort(url);
  for (const raw of noProxy.toLowerCase().split(/[\s,]+/)) {
    if (raw === '*') return true;
    if (!raw) continue;
    if (raw.includes('/')) {
      if (inRange(raw, host)) return true;
      continue;
    }
    const entry = split(raw);
    if (entry.port !== undefined && entry.port !== port) continue;
    const name = entry.host.replace(/^\*?\./, '');
    if (host === name || (isIP(host) === 0 && host.endsWith(`.${name}`))) return true;
  }
  return false;
};
