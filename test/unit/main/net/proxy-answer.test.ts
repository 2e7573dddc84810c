import { describe, expect, it } from 'vitest';
import { parsePacAnswer, parseProxyUrl } from '../../../../src/main/net/proxy-answer';

// Chromium's PAC format and scheme defaults: https://chromium.googlesource.com/chromium/src/+/HEAD/net/docs/proxy.md
describe("reading the system's PAC-style answer", () => {
  it('takes the first entry of a list: PROXY a:1; DIRECT tunnels through a:1 over HTTP', () => {
    expect(parsePacAnswer('PROXY a:1; DIRECT')).toEqual({ kind: 'proxy', uri: 'http://a:1', name: 'a:1' });
  });

  it('speaks TLS to an HTTPS proxy, on port 443 when none is named', () => {
    expect(parsePacAnswer('HTTPS secure.corp.example')).toEqual({ kind: 'proxy', uri: 'https://secure.corp.example:443', name: 'secure.corp.example:443' });
  });

  it('gives PROXY port 80 by default, reads the scheme in any case and tolerates spacing', () => {
    expect(parsePacAnswer('  proxy   gate.corp.example ;direct')).toEqual({ kind: 'proxy', uri: 'http://gate.corp.example:80', name: 'gate.corp.example:80' });
  });

  it('reads a bracketed IPv6 proxy', () => {
    expect(parsePacAnswer('PROXY [fd00::8]:3128')).toMatchObject({ kind: 'proxy', uri: 'http://[fd00::8]:3128' });
  });

  it('goes direct for DIRECT', () => {
    expect(parsePacAnswer('DIRECT')).toEqual({ kind: 'direct' });
  });

  it('goes direct for an answer with no valid entry, as Chromium does for a broken PAC script', () => {
    for (const garbage of ['', ';;', 'hello world', 'PROXY', 'PROXY a:1 extra', 'PROXY a:99999', 'DIRECT a:1', 'FTP a:21']) {
      expect(parsePacAnswer(garbage), garbage).toEqual({ kind: 'direct' });
    }
  });

  it('skips SOCKS and QUIC for the next entry it can use', () => {
    expect(parsePacAnswer('SOCKS5 s:1080; PROXY p:8080')).toMatchObject({ kind: 'proxy', name: 'p:8080' });
    expect(parsePacAnswer('QUIC q:443; SOCKS s:1080; DIRECT')).toEqual({ kind: 'direct' });
  });

  it('refuses an answer that names only SOCKS or QUIC proxies, quoting it', () => {
    const decision = parsePacAnswer('SOCKS5 s:1080; SOCKS4 t:1080');
    expect(decision).toMatchObject({ kind: 'unsupported' });
    expect(decision.kind === 'unsupported' && decision.detail).toContain('SOCKS5 s:1080; SOCKS4 t:1080');
  });
});

describe('reading HTTPS_PROXY', () => {
  it('reads an HTTP proxy with or without its scheme, as curl does', () => {
    expect(parseProxyUrl('http://gate.corp.example:8080')).toEqual({ kind: 'proxy', uri: 'http://gate.corp.example:8080', name: 'gate.corp.example:8080' });
    expect(parseProxyUrl('gate.corp.example:8080')).toEqual({ kind: 'proxy', uri: 'http://gate.corp.example:8080', name: 'gate.corp.example:8080' });
    expect(parseProxyUrl('https://secure.corp.example')).toMatchObject({ uri: 'https://secure.corp.example:443' });
  });

  it('keeps Basic credentials for the proxy in its address, never in its name', () => {
    const route = parseProxyUrl('http://desk%5Cuser:p%40ss@gate.corp.example:8080/');
    expect(route).toEqual({ kind: 'proxy', uri: 'http://desk%5Cuser:p%40ss@gate.corp.example:8080', name: 'gate.corp.example:8080' });
  });

  it('refuses SOCKS and addresses that are not a proxy, without repeating a password', () => {
    expect(parseProxyUrl('socks5://user:secret@s:1080')).toEqual({ kind: 'unsupported', detail: 'HTTPS_PROXY names a socks5 proxy' });
    for (const value of ['http://user:secret@gate:8080/path', 'http://', 'http://gate:70000']) {
      const decision = parseProxyUrl(value);
      expect(decision.kind, value).toBe('unsupported');
      expect(JSON.stringify(decision)).not.toContain('secret');
    }
  });
});
