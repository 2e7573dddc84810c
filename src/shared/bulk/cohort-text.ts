export type CohortTextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CohortText {
  text: string;
  encoding: CohortTextEncoding;
}

/**
 * Byte order marks, in the order Excel itself looks for them when it opens a text file
 * (https://wiki.scn.sap.com/wiki/display/ABAP/Excel+files+-+CSV+format).
 */
const byteOrderMarks: readonly { bytes: readonly number[]; encoding: Exclude<CohortTextEncoding, 'windows-1252'> }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Where windows-1252 differs from Latin-1: bytes 0x80–0x9F, from the WHATWG index
 * (https://encoding.spec.whatwg.org/index-windows-1252.txt). Decoded by hand because Node's TextDecoder maps
 * these bytes to C1 controls under this label (https://github.com/nodejs/node/issues/60888), so tests in Node
 * would not see what the renderer sees.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const windows1252Character = (byte: number): string =>
  String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80]! : byte);

const decodeWindows1252 = (bytes: Uint8Array): string => Array.from(bytes, windows1252Character).join('');

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

const strictUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/**
 * The text of a cohort file: a byte order mark decides (and is dropped); without one, bytes that are valid UTF-8
 * are UTF-8, and anything else is windows-1252, which Excel's plain "CSV" writes on Western Windows
 * (https://donatstudios.com/CSV-An-Encoding-Nightmare). Never throws: malformed UTF-16 decodes with U+FFFD.
 */
export const decodeCohortText = (bytes: Uint8Array): CohortText => {
  const marked = byteOrderMarks.find((mark) => startsWith(bytes, mark.bytes));
  if (marked) {
    const rest = bytes.subarray(marked.bytes.length);
    return { text: new TextDecoder(marked.encoding, { ignoreBOM: true }).decode(rest), encoding: marked.encoding };
  }
  const utf8 = strictUtf8(bytes);
  return utf8 === null ? { text: decodeWindows1252(bytes), encoding: 'windows-1252' } : { text: utf8, encoding: 'utf-8' };
};
