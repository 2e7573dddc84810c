/**
 * Logo images for tests: files Chromium's own encoders wrote (a 5 × 3 canvas in TAP Desk's blue, as PNG, JPEG and
 * WebP lossy, lossless and with alpha), and builders for files with crafted headers. Plain bytes, no Node, so
 * component tests can use them too.
 */

/** Bytes a Blob or File can take whole. */
type Bytes = Uint8Array<ArrayBuffer>;

const fromBase64 = (text: string): Bytes => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** As canvas.toDataURL wrote them; each WebP is an extended file (VP8X) that carries an ICC profile. */
export const chromiumLogos = {
  png: 'iVBORw0KGgoAAAANSUhEUgAAAAUAAAADCAYAAABbNsX4AAAAIUlEQVR4AWzIMQ0AAAwCwQYDNYpFtMFO+OSXw1PucaOJAQAA//9SiVNKAAAABklEQVQDAD7sCxoY+O2JAAAAAElFTkSuQmCC',
  jpg: '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAADAAUDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJYBoM//2Q==',
  webpLossy: 'UklGRhoCAABXRUJQVlA4WAoAAAAgAAAABAAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggLAAAANABAJ0BKgUAAwACwEwloAJ0ugH4AAOwAP7rjl/8Qz0epku/+FXxuQsKAAAA',
  webpLossless: 'UklGRgACAABXRUJQVlA4WAoAAAAgAAAABAAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDhMEQAAAC8EgAAAB1C2PrS3/4GI6H8AAA==',
  webpAlpha: 'UklGRjYCAABXRUJQVlA4WAoAAAAwAAAABAAAAgAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZBTFBIEAAAAAAAAP///wAA//////////9WUDggMAAAAPABAJ0BKgUAAwACwEwlsAJ0ugH4AARMAAD+645f/BkjNq/FnUyXf+cE4mCauPREAA==',
} as const;

export const chromiumLogo = (name: keyof typeof chromiumLogos): Bytes => fromBase64(chromiumLogos[name]);

export const concat = (...parts: (Uint8Array | readonly number[])[]): Bytes => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const u16le = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff];
const u16be = (value: number): number[] => [(value >>> 8) & 0xff, value & 0xff];
const u24le = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff];
const u32le = (value: number): number[] => [...u16le(value & 0xffff), ...u16le(value >>> 16)];
const u32be = (value: number): number[] => [...u16be(value >>> 16), ...u16be(value & 0xffff)];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: readonly number[]): number => (bytes.reduce((c, byte) => crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

const pngChunk = (type: string, data: readonly number[] = []): number[] => [...u32be(data.length), ...ascii(type), ...data, ...u32be(crc32([...ascii(type), ...data]))];

/** A PNG whose IHDR declares this size, with image data for one pixel (a stored zlib block): a valid file at 1 × 1. */
export const png = (width: number, height: number, { end = true }: { end?: boolean } = {}): Bytes =>
  concat(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', [...u32be(width), ...u32be(height), 8, 6, 0, 0, 0]),
    pngChunk('IDAT', [0x78, 0x01, 0x01, 0x05, 0x00, 0xfa, 0xff, 0, 0, 0, 0, 0, 0x00, 0x05, 0x00, 0x01]),
    end ? pngChunk('IEND') : [],
  );

interface GifFrame {
  left?: number;
  top?: number;
  width: number;
  height: number;
}

/** A GIF with a two-colour table and these frames, each a clear code and an end code: a valid file for 1 × 1 frames. */
export const gif = (width: number, height: number, frames: GifFrame[] = [{ width, height }], { trailer = true }: { trailer?: boolean } = {}): Bytes =>
  concat(
    ascii('GIF89a'),
    [...u16le(width), ...u16le(height), 0x80, 0, 0],
    [0x0f, 0x6c, 0xbd, 0xff, 0xff, 0xff],
    // A graphic control extension, which is skipped as sub-blocks.
    [0x21, 0xf9, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00],
    ...frames.map(({ left = 0, top = 0, width: w, height: h }) => [0x2c, ...u16le(left), ...u16le(top), ...u16le(w), ...u16le(h), 0x00, 0x02, 0x02, 0x44, 0x01, 0x00]),
    trailer ? [0x3b] : [],
  );

/** A baseline JPEG's segments around a frame header of this size; `before` goes in an APP1 segment ahead of it. */
export const jpeg = (width: number, height: number, { before = [], end = true }: { before?: readonly number[]; end?: boolean } = {}): Bytes =>
  concat(
    [0xff, 0xd8],
    [0xff, 0xe0, ...u16be(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
    before.length ? [0xff, 0xe1, ...u16be(before.length + 2), ...before] : [],
    [0xff, 0xc0, ...u16be(11), 8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0],
    [0xff, 0xda, ...u16be(8), 1, 1, 0, 0, 0x3f, 0],
    [0x12, 0xff, 0x00, 0x34],
    end ? [0xff, 0xd9] : [],
  );

/** A frame header as it sits inside an EXIF thumbnail, for a JPEG's APP1 segment. */
export const jpegFrameHeader = (width: number, height: number): number[] => [0xff, 0xc0, ...u16be(11), 8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0];

/** A RIFF WebP of these chunks; `declared` overrides the RIFF size, to make a header promise more than the file holds. */
export const webp = (chunks: Uint8Array[], { declared }: { declared?: number } = {}): Bytes => {
  const body = concat(ascii('WEBP'), ...chunks);
  return concat(ascii('RIFF'), u32le(declared ?? body.length), body);
};

export const riffChunk = (fourCc: string, data: readonly number[] | Uint8Array): Bytes =>
  concat(ascii(fourCc), u32le(data.length), data, data.length % 2 ? [0] : []);

/** A lossy keyframe header: frame tag, start code, then 14-bit width and height (scale bits 0). */
export const vp8 = (width: number, height: number, { keyframe = true }: { keyframe?: boolean } = {}): Bytes =>
  riffChunk('VP8 ', [keyframe ? 0x50 : 0x51, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...u16le(width), ...u16le(height)]);

/** A lossless header: signature 0x2F, then width − 1 and height − 1 in 14 bits each. */
export const vp8l = (width: number, height: number): Bytes => riffChunk('VP8L', [0x2f, ...u32le(((width - 1) | ((height - 1) << 14)) >>> 0)]);

/** The extended header: flags (0x02 for an animation), then the canvas's width − 1 and height − 1 in 24 bits each. */
export const vp8x = (width: number, height: number, flags = 0): Bytes => riffChunk('VP8X', [flags, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1)]);

/** An animation frame at (x, y) (stored halved) of this size, holding a lossless bitstream. */
export const anmf = (x: number, y: number, width: number, height: number): Bytes =>
  riffChunk('ANMF', concat([...u24le(x / 2), ...u24le(y / 2), ...u24le(width - 1), ...u24le(height - 1), ...u24le(100), 0], vp8l(width, height)));

/** The chunks of a RIFF file after its WEBP mark, by FourCC, each with its header. */
export const webpChunks = (file: Uint8Array): Map<string, Uint8Array> => {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const chunks = new Map<string, Uint8Array>();
  for (let offset = 12; offset + 8 <= file.length; ) {
    const length = view.getUint32(offset + 4, true);
    const end = offset + 8 + length + (length % 2);
    chunks.set(String.fromCharCode(...file.subarray(offset, offset + 4)), file.subarray(offset, end));
    offset = end;
  }
  return chunks;
};

/** Bytes as a data: URL, as the renderer sends a picked logo. */
export const dataUrlOf = (bytes: Uint8Array, mime = 'image/png'): string => `data:${mime};base64,${btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))}`;
