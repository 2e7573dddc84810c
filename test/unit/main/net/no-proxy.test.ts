import { describe, expect, it } from 'vitest';
import { exemptFromProxy } from '../../../../src/main/net/no-proxy';

const exempt = (noProxy: string, url: string) => exemptFromProxy(noProxy, new URL(url));

// curl's NO_PROXY rules (https://curl.se/docs/manpage.html#--noproxy), which Node's own proxy support follows.
describe('NO_PROXY', () => {
  it('exempts a name and every name under it, written with or without a leading dot or *.', () => {
    for (const entry of ['microsoft.us', '.microsoft.us', '*.microsoft.us']) {
      expect(exempt(entry, 'https://login.microsoftonline.us/'), entry).toBe(false);
      expect(exempt(entry, 'https://graph.microsoft.us/'), entry).toBe(true);
      expect(exempt(entry, 'https://microsoft.us/'), entry).toBe(true);
    }
  });

  it('does not exempt a name that merely ends with the same letters', () => {
    expect(exempt('soft.com', 'https://microsoft.com/')).toBe(false);
  });

  it('reads a list separated by commas and spaces, in any case', () => {
    expect(exempt('intranet.example, GRAPH.MICROSOFT.COM  localhost', 'https://graph.microsoft.com/v1.0/me')).toBe(true);
  });

  it('narrows an entry to its port, counting 443 for an https URL without one', () => {
    expect(exempt('127.0.0.1:8443', 'https://127.0.0.1:8443/')).toBe(true);
    expect(exempt('127.0.0.1:8443', 'https://127.0.0.1:9443/')).toBe(false);
    expect(exempt('graph.microsoft.com:443', 'https://graph.microsoft.com/')).toBe(true);
  });

  it('matches IP literals, ranges of them and IPv6, but never a name by its address', () => {
    expect(exempt('10.0.0.0/8', 'https://10.20.30.40/')).toBe(true);
    expect(exempt('10.0.0.0/8', 'https://11.0.0.1/')).toBe(false);
    expect(exempt('[::1]', 'https://[::1]:8443/')).toBe(true);
    expect(exempt('fd00::/8', 'https://[fd00::5]/')).toBe(true);
    expect(exempt('127.0.0.0/8', 'https://localhost/')).toBe(false);
  });

  it('exempts everything for a lone *, and nothing when empty', () => {
    expect(exempt('*', 'https://graph.microsoft.com/')).toBe(true);
    expect(exempt('', 'https://graph.microsoft.com/')).toBe(false);
    expect(exempt(' , ', 'https://graph.microsoft.com/')).toBe(false);
  });
});
