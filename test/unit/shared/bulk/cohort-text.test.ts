import { describe, expect, it } from 'vitest';
import { decodeCohortText } from '../../../../src/shared/bulk';

const list = 'Anmeldename;Prénom\r\nlena.müller@contoso.example;Sébastien – “Seb” €\r\n';

/** windows-1252 by hand: Latin-1 below 0x100, plus the few characters it places at 0x80–0x9F. */
const windows1252 = (text: string): Uint8Array => {
  const high = new Map([['€', 0x80], ['–', 0x96], ['“', 0x93], ['”', 0x94]]);
  return Uint8Array.from(text, (character) => high.get(character) ?? character.charCodeAt(0));
};

const utf16be = (text: string): Uint8Array => Buffer.from(text, 'utf16le').swap16();

describe('decoding a cohort file', () => {
  it('reads UTF-8 with a byte order mark and drops the mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(list, 'utf8')]);
    expect(decodeCohortText(bytes)).toEqual({ text: list, encoding: 'utf-8' });
  });

  it('reads UTF-8 without a mark when every byte sequence is valid UTF-8', () => {
    expect(decodeCohortText(Buffer.from(list, 'utf8'))).toEqual({ text: list, encoding: 'utf-8' });
  });

  it('reads UTF-16 little-endian by its mark, as Excel saves "Unicode text"', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, 'utf16le')]);
    expect(decodeCohortText(bytes)).toEqual({ text: list, encoding: 'utf-16le' });
  });

  it('reads UTF-16 big-endian by its mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(list)]);
    expect(decodeCohortText(bytes)).toEqual({ text: list, encoding: 'utf-16be' });
  });

  it('reads bytes that are not UTF-8 as windows-1252, umlauts, accents, quotes, dash and euro included', () => {
    expect(decodeCohortText(windows1252(list))).toEqual({ text: list, encoding: 'windows-1252' });
  });

  it('reads 0x80–0x9F as windows-1252 does, not as Latin-1 controls (https://encoding.spec.whatwg.org/index-windows-1252.txt)', () => {
    expect(decodeCohortText(Uint8Array.from([0x80, 0x8a, 0x8c, 0x91, 0x92, 0x99, 0x9f, 0xdf])).text).toBe('€ŠŒ‘’™Ÿß');
    expect(decodeCohortText(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d])).text).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('reads an empty file as empty UTF-8 text, and a cut-off UTF-16 file without throwing', () => {
    expect(decodeCohortText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeCohortText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x62]))).toEqual({ text: 'a\uFFFD', encoding: 'utf-16le' });
  });
});
