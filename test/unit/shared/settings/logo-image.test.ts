import { describe, expect, it } from 'vitest';
import { checkLogo, LOGO_MAX_BYTES, LOGO_MAX_PIXELS, LOGO_MAX_SIDE } from '../../../../src/shared';
import { anmf, chromiumLogo, concat, gif, jpeg, jpegFrameHeader, png, riffChunk, vp8, vp8l, vp8x, webp, webpChunks } from '../../../support/logo-images';

const chunk = (name: 'webpLossy' | 'webpLossless' | 'webpAlpha', fourCc: string) => webpChunks(chromiumLogo(name)).get(fourCc)!;
const tooMany = (width: number, height: number) => ({ ok: false, reason: 'logo_too_many_pixels', width, height });
const unreadable = { ok: false, reason: 'logo_unreadable' };

describe('a logo’s size, read from its headers', () => {
  it.each([
    ['PNG', chromiumLogo('png'), 'png'],
    ['JPEG', chromiumLogo('jpg'), 'jpg'],
    ['lossy WebP with an ICC profile (VP8X, VP8)', chromiumLogo('webpLossy'), 'webp'],
    ['lossless WebP with an ICC profile (VP8X, VP8L)', chromiumLogo('webpLossless'), 'webp'],
    ['WebP with alpha (VP8X, ALPH, VP8)', chromiumLogo('webpAlpha'), 'webp'],
    ['simple lossy WebP (VP8 alone)', webp([chunk('webpLossy', 'VP8 ')]), 'webp'],
    ['simple lossless WebP (VP8L alone)', webp([chunk('webpLossless', 'VP8L')]), 'webp'],
  ])('reads the 5 × 3 canvas Chromium encoded as %s', (_name, bytes, format) => {
    expect(checkLogo(bytes)).toEqual({ ok: true, format, width: 5, height: 3 });
  });

  it('reads GIF’s logical screen, and a frame reaching past it (Chromium draws a first frame at (3, 2) on a 1 × 1 screen as 4 × 3)', () => {
    expect(checkLogo(gif(1, 1))).toEqual({ ok: true, format: 'gif', width: 1, height: 1 });
    expect(checkLogo(gif(1, 1, [{ left: 3, top: 2, width: 1, height: 1 }]))).toEqual({ ok: true, format: 'gif', width: 4, height: 3 });
  });

  it('reads a JPEG’s own frame header, not one inside an EXIF thumbnail before it', () => {
    expect(checkLogo(jpeg(640, 200, { before: jpegFrameHeader(20000, 20000) }))).toEqual({ ok: true, format: 'jpg', width: 640, height: 200 });
  });
});

describe('the pixel cap', () => {
  it.each([
    ['PNG', png(20000, 20000), 20000, 20000],
    ['JPEG', jpeg(20000, 20000), 20000, 20000],
    ['GIF', gif(20000, 20000), 20000, 20000],
    ['lossy WebP (14-bit sides)', webp([vp8(16383, 16383)]), 16383, 16383],
    ['lossless WebP (14-bit sides)', webp([vp8l(16384, 16384)]), 16384, 16384],
    ['extended WebP', webp([vp8x(20000, 20000), vp8l(1, 1)]), 20000, 20000],
  ])('refuses a tiny %s that declares a huge picture, stating its size', (_name, bytes, width, height) => {
    expect(bytes.length).toBeLessThan(100);
    expect(checkLogo(bytes)).toEqual(tooMany(width, height));
  });

  it('refuses frames that reach past a small canvas: a GIF frame, a WebP animation frame, a VP8X canvas smaller than its image', () => {
    expect(checkLogo(gif(10, 10, [{ width: 1, height: 1 }, { left: 0, top: 0, width: 20000, height: 1 }]))).toEqual(tooMany(20000, 10));
    expect(checkLogo(webp([vp8x(10, 10, 0x02), anmf(4000, 4000, 2000, 2000)]))).toEqual(tooMany(6000, 6000));
    expect(checkLogo(webp([vp8x(10, 10), vp8l(5000, 2)]))).toEqual(tooMany(5000, 10));
  });

  it(`allows ${LOGO_MAX_SIDE} px on a side and ${LOGO_MAX_PIXELS} pixels in all, and nothing beyond either`, () => {
    const wide = Math.floor(LOGO_MAX_PIXELS / LOGO_MAX_SIDE);
    expect(checkLogo(png(LOGO_MAX_SIDE, wide))).toMatchObject({ ok: true, width: LOGO_MAX_SIDE, height: wide });
    expect(checkLogo(png(LOGO_MAX_SIDE, wide + 1))).toEqual(tooMany(LOGO_MAX_SIDE, wide + 1));
    expect(checkLogo(png(LOGO_MAX_SIDE + 1, 10))).toEqual(tooMany(LOGO_MAX_SIDE + 1, 10));
    expect(checkLogo(gif(10, LOGO_MAX_SIDE + 1))).toEqual(tooMany(10, LOGO_MAX_SIDE + 1));
    expect(checkLogo(png(2048, 2048))).toMatchObject({ ok: true });
  });
});

describe('headers that promise more than the file holds', () => {
  const cut = (bytes: Uint8Array, keep: number) => bytes.subarray(0, keep);

  it.each([
    ['a PNG cut inside IHDR', cut(png(5, 3), 20)],
    ['a PNG without IEND', png(5, 3, { end: false })],
    ['a PNG without image data', concat(cut(png(5, 3), 33), png(5, 3).subarray(-12))],
    ['a PNG whose first chunk is not IHDR', concat(cut(png(5, 3), 12), [0x69, 0x48, 0x44, 0x52], png(5, 3).subarray(16))],
    ['a PNG declaring 0 × 3', png(0, 3)],
    ['a JPEG without its end-of-image marker', jpeg(5, 3, { end: false })],
    ['a JPEG cut inside its frame header', cut(jpeg(5, 3), 24)],
    ['a JPEG whose segment runs past the end', concat(cut(jpeg(5, 3), 2), [0xff, 0xe1, 0x40, 0x00, 0x00])],
    ['a JPEG with scan data before any frame header', concat([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9])],
    ['a JPEG with height 0 (set later by a DNL marker)', jpeg(5, 0)],
    ['a GIF without its trailer', gif(5, 3, undefined, { trailer: false })],
    ['a GIF without any image', gif(5, 3, [])],
    ['a GIF cut inside its screen descriptor', cut(gif(5, 3), 9)],
    ['a GIF with an unknown block', concat(cut(gif(5, 3), 27), [0x99], gif(5, 3).subarray(27))],
    ['a WebP whose RIFF size exceeds the file', webp([vp8l(5, 3)], { declared: 400 })],
    ['a WebP whose chunk runs past the RIFF end', concat(webp([vp8l(5, 3)]).subarray(0, 16), [0xff, 0, 0, 0], webp([vp8l(5, 3)]).subarray(20))],
    ['a lossy WebP frame that is not a keyframe', webp([vp8(5, 3, { keyframe: false })])],
    ['a lossless WebP without its signature', webp([riffChunk('VP8L', [0x00, 4, 0x80, 0, 0])])],
    ['an extended WebP without an image', webp([vp8x(5, 3)])],
    ['a WebP with no image chunk', webp([riffChunk('EXIF', [1, 2])])],
  ])('refuses %s as unreadable', (_name, bytes) => {
    expect(checkLogo(bytes)).toEqual(unreadable);
  });

  it.each(['png', 'jpg', 'webpLossy', 'webpLossless', 'webpAlpha'] as const)('refuses the Chromium %s cut in half', (name) => {
    const bytes = chromiumLogo(name);
    expect(checkLogo(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual(unreadable);
  });
});

describe('what is not a logo at all', () => {
  it('refuses an empty file, a file over the byte limit, and anything but PNG, JPEG, GIF or WebP', () => {
    expect(checkLogo(new Uint8Array())).toEqual(unreadable);
    expect(checkLogo(concat(png(5, 3), new Uint8Array(LOGO_MAX_BYTES)))).toEqual({ ok: false, reason: 'logo_too_large' });
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="5" height="3"/>');
    expect(checkLogo(svg)).toEqual({ ok: false, reason: 'logo_format' });
    expect(checkLogo(new TextEncoder().encode('GIF88a'))).toEqual({ ok: false, reason: 'logo_format' });
  });
});
