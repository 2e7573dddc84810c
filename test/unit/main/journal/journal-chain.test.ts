import { describe, expect, it } from 'vitest';
import { canonicalJson, chainLine, GENESIS_HASH, lineHash, monthsBefore, parseChainLine } from '../../../../src/main/journal/journal-chain';

describe('journal chain', () => {
  // RFC 8785 §3.2.3 sorts by UTF-16 code units: "\ud83d\ude00" (U+1F600) comes before "\ufb33", unlike by code point.
  it('writes JSON canonically: members sorted by UTF-16 code units at every depth, no whitespace (RFC 8785 §3.2.3)', () => {
    expect(canonicalJson({ b: [{ z: 1, a: null }], a: 'x', '10': true, '9': 1.5, '\ufb33': 0, '\ud83d\ude00': 0 })).toBe(
      '{"10":true,"9":1.5,"a":"x","b":[{"a":null,"z":1}],"\ud83d\ude00":0,"\ufb33":0}',
    );
  });

  it('writes a line that reads back with the hash of its content', () => {
    const { text, hash } = chainLine(1, '2025-01-15T09:00:00.000Z', GENESIS_HASH, { b: 1, a: { d: 2, c: 3 } });
    expect(text).toBe(`{"seq":1,"at":"2025-01-15T09:00:00.000Z","prev":"${GENESIS_HASH}","entry":{"a":{"c":3,"d":2},"b":1},"hash":"${hash}"}\n`);
    const line = parseChainLine(text.trimEnd())!;
    expect(lineHash(line)).toBe(hash);
    expect(lineHash({ ...line, entry: { ...line.entry, b: 2 } })).not.toBe(hash);
  });

  it('reads only whole, well-formed lines', () => {
    const { text } = chainLine(2, '2025-01-15T09:00:00.000Z', GENESIS_HASH, {});
    expect(parseChainLine(text.slice(0, -10))).toBeNull();
    expect(parseChainLine(text.replace('"seq":2', '"seq":0'))).toBeNull();
    expect(parseChainLine(text.replace('"entry":{}', '"entry":[]'))).toBeNull();
    expect(parseChainLine('[]')).toBeNull();
  });

  it('counts months back over a year end', () => {
    expect(monthsBefore('2025-02', 2)).toBe('2024-12');
    expect(monthsBefore('2025-02', 0)).toBe('2025-02');
  });
});
