import jsQR from 'jsqr';

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const inflate = async (data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
  const stream = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  }).pipeThrough(new DecompressionStream('deflate'));
  const chunks: Uint8Array[] = [];
  for (const reader = stream.getReader(); ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return concat(chunks);
};

const concat = (parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
};

const paeth = (left: number, up: number, upLeft: number): number => {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
};

/** Reverses the per-row PNG filters of 8-bit RGBA scanlines. */
const unfilter = (raw: Uint8Array, width: number, height: number): Uint8ClampedArray => {
  const stride = width * 4;
  const pixels = new Uint8ClampedArray(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)];
    for (let column = 0; column < stride; column += 1) {
      const value = raw[row * (stride + 1) + 1 + column]!;
      const left = column >= 4 ? pixels[row * stride + column - 4]! : 0;
      const up = row > 0 ? pixels[(row - 1) * stride + column]! : 0;
      const upLeft = row > 0 && column >= 4 ? pixels[(row - 1) * stride + column - 4]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter!];
      if (predictor === undefined) throw new Error(`Unknown PNG filter ${filter}`);
      pixels[row * stride + column] = (value + predictor) & 0xff;
    }
  }
  return pixels;
};

/**
 * Reads the text back out of a QR code PNG data URL exactly as an image element would show it.
 * happy-dom has no canvas, so the PNG is decoded by hand: the 8-bit RGBA, non-interlaced kind
 * the QR renderer writes.
 */
export const decodeQrDataUrl = async (dataUrl: string): Promise<string> => {
  const match = /^data:image\/png;base64,(.+)$/.exec(dataUrl);
  if (!match) throw new Error('Not a PNG data URL');
  const bytes = Uint8Array.from(atob(match[1]!), (character) => character.charCodeAt(0));
  if (PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new Error('Not a PNG');
  const view = new DataView(bytes.buffer);
  const idat: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const [bitDepth, colourType, , , interlace] = data.subarray(8);
      if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) throw new Error(`Unsupported PNG: depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const code = jsQR(unfilter(await inflate(concat(idat)), width, height), width, height);
  if (!code) throw new Error('No QR code found in the image');
  return code.data;
};
