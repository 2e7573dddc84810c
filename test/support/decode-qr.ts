import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads a QR code from a `data:image/png;base64,…` URL, the way a phone camera would read the image. */
export const decodeQrDataUrl = (dataUrl: string): string | null => {
  const [, base64] = /^data:image\/png;base64,(.+)$/.exec(dataUrl) ?? [];
  if (!base64) return null;
  const png = PNG.sync.read(Buffer.from(base64, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
};
