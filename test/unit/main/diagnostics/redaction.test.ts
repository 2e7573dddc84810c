import { describe, expect, it } from 'vitest';
import { guardedLog, redact } from '../../../../src/main/diagnostics';
import type { Log } from '../../../../src/main/platform/ports';

describe('the redaction guard', () => {
  it('cuts out JSON Web Tokens, bearer headers and long opaque tokens', () => {
    const jwt = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    const refresh = `0.emu.${'Ab9_-'.repeat(13)}`;
    expect(redact(`token ${jwt} then`)).toBe('token [redacted] then');
    expect(redact('Authorization: Bearer abc.def-123, next')).toBe('Authorization: [redacted], next');
    expect(redact(`refresh=${refresh}`)).toBe('refresh=[redacted]');
  });

  it('leaves request ids, hosts, paths and codes as they are', () => {
    const text = 'request-id 7994418f-631e-4e1b-8d32-13ee9839fc75 https://graph.microsoft.us C:\\Users\\tess\\AppData\\Roaming\\TAP Desk\\logs\\main.log lifetime_out_of_range';
    expect(redact(text)).toBe(text);
  });

  it('cuts out every value it is told is secret, before it looks for token shapes', () => {
    expect(redact('pass Kq7#mP0x and Kq7#mP0x again', ['Kq7#mP0x', ''])).toBe('pass [redacted] and [redacted] again');
    // A pass right next to a long run is not left half visible.
    expect(redact(`${'a'.repeat(70)}Zz9!pass`, ['Zz9!pass'])).toBe('[redacted][redacted]');
  });

  it('keeps the passes main holds at the moment of writing out of the event and every value', () => {
    const lines: unknown[][] = [];
    const sink: Log = {
      debug: (...line) => void lines.push(['debug', ...line]),
      info: (...line) => void lines.push(['info', ...line]),
      warn: (...line) => void lines.push(['warn', ...line]),
      error: (...line) => void lines.push(['error', ...line]),
      file: '/logs/main.log',
    };
    let held = ['Kq7#mP0x'];
    const log = guardedLog(sink, () => held);
    log.warn('issued Kq7#mP0x', { channel: 'x:Kq7#mP0x', count: 3 });
    held = [];
    log.info('later Kq7#mP0x');
    expect(lines).toEqual([
      ['warn', 'issued [redacted]', { channel: 'x:[redacted]', count: 3 }],
      ['info', 'later Kq7#mP0x', undefined],
    ]);
    expect(log.file).toBe('/logs/main.log');
  });
});
