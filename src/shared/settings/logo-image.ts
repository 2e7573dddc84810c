import type { ErrorReason } from '../errors';

/** A logo is a small picture: half a megabyte covers any sensible logo, even as a PNG. */
export const LOGO_MAX_BYTES = 512 * 1024;
/**
 * A small file can declare a huge picture, and the settings page, the slip window and every page of a cohort's
 * sheet decode it whole. A slip prints the logo at most 36 × 11 mm (850 × 260 px even at 600 dpi) and the
 * settings page shows it at 12 × 3 rem, so 4096 px on a side leaves room for a wide wordmark exported for print,
 * and 5 megapixels keep a decoded logo under 20 MB (four bytes a pixel) wherever it is shown.
 */
export const LOGO_MAX_SIDE = 4096;
export const LOGO_MAX_PIXELS = 5_000_000;

/** Raster formats only: an SVG can carry script, and the logo ends up in slips and settings files. */
export const logoFormats = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' } as const;
export type LogoFormat = keyof typeof logoFormats;

export type LogoRefusal = Extract<ErrorReason, 'logo_unreadable' | 'logo_too_large' | 'logo_format' | 'logo_too_many_pixels'>;

/** The size a file declares comes with `logo_too_many_pixels`, so the refusal can state it. */
export type LogoCheck =
  | { ok: true; format: LogoFormat; width: number; height: number }
  | { ok: false; reason: 'logo_too_many_pixels'; width: number; height: number }
  | { ok: false; reason: Exclude<LogoRefusal, 'logo_too_many_pixels'> };

interface Size {
  width: number;
  height: number;
}

/** Reads what a file declares; any read past its end means the header promised more than the file holds. */
class Bytes {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length(): number {
    return this.bytes.length;
  }
  has(offset: number, count: number): boolean {
    return offset >= 0 && offset + count <= this.bytes.length;
  }
  u8(offset: number): number {
    if (!this.has(offset, 1)) throw new Malformed();
    return this.view.getUint8(offset);
  }
  u16(offset: number, littleEndian: boolean): number {
    if (!this.has(offset, 2)) throw new Malformed();
    return this.view.getUint16(offset, littleEndian);
  }
  u24le(offset: number): number {
    return this.u16(offset, true) + this.u8(offset + 2) * 0x10000;
  }
  u32(offset: number, littleEndian: boolean): number {
    if (!this.has(offset, 4)) throw new Malformed();
    return this.view.getUint32(offset, littleEndian);
  }
  text(offset: number, count: number): string {
    if (!this.has(offset, count)) throw new Malformed();
    return String.fromCharCode(...this.bytes.subarray(offset, offset + count));
  }
  startsWith(signature: readonly number[]): boolean {
    return this.has(0, signature.length) && signature.every((byte, index) => this.bytes[index] === byte);
  }
}

/** The file ends before what its own structure announces, or breaks that structure. */
class Malformed extends Error {}

/** The smallest box that holds every size a file declares: decoders differ on frames outside the picture. */
const union = (sizes: Size[]): Size => ({ width: Math.max(...sizes.map((size) => size.width)), height: Math.max(...sizes.map((size) => size.height)) });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * IHDR comes first and holds the size; the chunks must then run whole to IEND with image data among them.
 * APNG frames must lie within that size. https://www.w3.org/TR/png-3/#5ChunkLayout, #11IHDR, #fcTL-chunk
 */
const pngSize = (file: Bytes): Size => {
  if (file.u32(8, false) !== 13 || file.text(12, 4) !== 'IHDR') throw new Malformed();
  const size = { width: file.u32(16, false), height: file.u32(20, false) };
  let offset = 8;
  let hasData = false;
  for (;;) {
    const length = file.u32(offset, false);
    const type = file.text(offset + 4, 4);
    // A chunk's length is at most 2^31 - 1; the chunk and its CRC must fit in the file.
    if (length > 0x7fffffff || !file.has(offset, 12 + length)) throw new Malformed();
    if (type === 'IDAT') hasData = true;
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!hasData) throw new Malformed();
  return size;
};

/** Image data and extensions come as sub-blocks of up to 255 bytes, ended by an empty one. */
const skipSubBlocks = (file: Bytes, start: number): number => {
  let offset = start;
  for (let size = file.u8(offset); size !== 0; size = file.u8(offset)) offset += 1 + size;
  return offset + 1;
};

const colourTableBytes = (packed: number): number => (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);

/**
 * The logical screen, and every image descriptor up to the trailer, since a frame may reach past the screen
 * and decoders differ on what they then do. https://www.w3.org/Graphics/GIF/spec-gif89a.txt (§18, §20, §27)
 */
const gifSize = (file: Bytes): Size => {
  const sizes: Size[] = [{ width: file.u16(6, true), height: file.u16(8, true) }];
  let offset = 13 + colourTableBytes(file.u8(10));
  let frames = 0;
  for (let introducer = file.u8(offset); introducer !== 0x3b; introducer = file.u8(offset)) {
    if (introducer === 0x21) {
      offset = skipSubBlocks(file, offset + 2);
    } else if (introducer === 0x2c) {
      const left = file.u16(offset + 1, true);
      const top = file.u16(offset + 3, true);
      sizes.push({ width: left + file.u16(offset + 5, true), height: top + file.u16(offset + 7, true) });
      offset += 10 + colourTableBytes(file.u8(offset + 9));
      // The LZW minimum code size comes before the image data.
      offset = skipSubBlocks(file, offset + 1);
      frames += 1;
    } else {
      throw new Malformed();
    }
  }
  if (frames === 0) throw new Malformed();
  return union(sizes);
};

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). https://www.w3.org/Graphics/JPEG/itu-t81.pdf (B.1.1.3, B.2.2) */
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** RSTn, TEM and SOI stand alone; every other marker is followed by its segment's length. */
const standsAlone = (marker: number): boolean => (marker >= 0xd0 && marker <= 0xd8) || marker === 0x01;

/** An end-of-image marker after `from`: entropy-coded data stuffs a zero after any 0xFF, so FF D9 is only ever EOI. */
const endsWithImage = (file: Bytes, from: number): boolean => {
  for (let offset = from; offset + 1 < file.length; offset += 1) {
    if (file.bytes[offset] === 0xff && file.bytes[offset + 1] === 0xd9) return true;
  }
  return false;
};

/** Segments up to the first frame header, which holds the size; a height of 0 (set later by DNL) is not accepted. */
const jpegSize = (file: Bytes): Size => {
  let offset = 2;
  for (;;) {
    if (file.u8(offset) !== 0xff) throw new Malformed();
    while (file.u8(offset) === 0xff) offset += 1;
    const marker = file.u8(offset);
    offset += 1;
    if (standsAlone(marker)) continue;
    // Scan data or the end of the image before any frame header, or a stuffed zero outside scan data.
    if (marker === 0xda || marker === 0xd9 || marker === 0x00) throw new Malformed();
    const length = file.u16(offset, false);
    if (length < 2 || !file.has(offset, length)) throw new Malformed();
    if (isStartOfFrame(marker)) {
      if (length < 8) throw new Malformed();
      const size = { width: file.u16(offset + 5, false), height: file.u16(offset + 3, false) };
      if (!endsWithImage(file, offset + length)) throw new Malformed();
      return size;
    }
    offset += length;
  }
};

/**
 * A bitstream's own size: a lossy keyframe's uncompressed header (https://datatracker.ietf.org/doc/html/rfc6386#section-9.1)
 * or the lossless header (https://datatracker.ietf.org/doc/html/rfc9649).
 */
const bitstreamSize = (file: Bytes, fourCc: string, data: number, length: number): Size | null => {
  if (fourCc === 'VP8 ') {
    // Frame tag (bit 0 clear on a keyframe), then the start code 9D 01 2A, then 14-bit width and height.
    if (length < 10 || file.u8(data) & 1 || file.u8(data + 3) !== 0x9d || file.u8(data + 4) !== 0x01 || file.u8(data + 5) !== 0x2a) throw new Malformed();
    return { width: file.u16(data + 6, true) & 0x3fff, height: file.u16(data + 8, true) & 0x3fff };
  }
  if (fourCc === 'VP8L') {
    if (length < 5 || file.u8(data) !== 0x2f) throw new Malformed();
    const bits = file.u32(data + 1, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return null;
};

/**
 * The chunks must run whole to the end the RIFF header gives. A simple file is one VP8 or VP8L chunk; an
 * extended one starts with VP8X (the canvas), and its still image or animation frames (ANMF) count too.
 * https://developers.google.com/speed/webp/docs/riff_container
 */
const webpSize = (file: Bytes): Size => {
  const end = 8 + file.u32(4, true);
  if (end > file.length || end < 20) throw new Malformed();
  const sizes: Size[] = [];
  let offset = 12;
  let extended = false;
  while (offset < end) {
    const fourCc = file.text(offset, 4);
    const length = file.u32(offset + 4, true);
    const data = offset + 8;
    if (data + length > end) throw new Malformed();
    if (offset === 12 && fourCc === 'VP8X') {
      if (length < 10) throw new Malformed();
      extended = true;
      sizes.push({ width: file.u24le(data + 4) + 1, height: file.u24le(data + 7) + 1 });
    } else if (fourCc === 'ANMF' && extended) {
      if (length < 16) throw new Malformed();
      sizes.push({ width: file.u24le(data) * 2 + file.u24le(data + 6) + 1, height: file.u24le(data + 3) * 2 + file.u24le(data + 9) + 1 });
    } else {
      const size = bitstreamSize(file, fourCc, data, length);
      if (size) sizes.push(size);
    }
    // Chunks are padded to an even length.
    offset = data + length + (length % 2);
  }
  if (sizes.length < (extended ? 2 : 1)) throw new Malformed();
  return union(sizes);
};

const readers: { format: LogoFormat; matches: (file: Bytes) => boolean; size: (file: Bytes) => Size }[] = [
  { format: 'png', matches: (file) => file.startsWith(PNG_SIGNATURE), size: pngSize },
  { format: 'jpg', matches: (file) => file.startsWith([0xff, 0xd8, 0xff]), size: jpegSize },
  { format: 'gif', matches: (file) => file.has(0, 6) && (file.text(0, 6) === 'GIF87a' || file.text(0, 6) === 'GIF89a'), size: gifSize },
  { format: 'webp', matches: (file) => file.has(0, 12) && file.text(0, 4) === 'RIFF' && file.text(8, 4) === 'WEBP', size: webpSize },
];

/**
 * Whether these bytes may be a tenant's logo: judged by its content, not its name, and by the size its headers
 * declare without decoding it, so a picture too large to show is refused before anything draws it. Main and the
 * renderer both ask this, so they agree.
 */
export const checkLogo = (bytes: Uint8Array): LogoCheck => {
  if (bytes.length === 0) return { ok: false, reason: 'logo_unreadable' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: 'logo_too_large' };
  const file = new Bytes(bytes);
  const reader = readers.find((candidate) => candidate.matches(file));
  if (!reader) return { ok: false, reason: 'logo_format' };
  let size: Size;
  try {
    size = reader.size(file);
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, reason: 'logo_unreadable' };
    throw error;
  }
  const { width, height } = size;
  if (width === 0 || height === 0) return { ok: false, reason: 'logo_unreadable' };
  if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE || width * height > LOGO_MAX_PIXELS) return { ok: false, reason: 'logo_too_many_pixels', width, height };
  return { ok: true, format: reader.format, width, height };
};
