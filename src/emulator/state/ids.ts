import { createHash, randomUUID } from 'node:crypto';

/** Same seed, same GUID: fixture objects keep their ids across runs, so tests and docs can name them. */
export const stableGuid = (seed: string): string => {
  const hex = createHash('sha1').update(`tap-desk-demo:${seed}`).digest('hex');
  // Version 5 layout, so the value looks like every other directory object id.
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
};

export const newGuid = (): string => randomUUID();

export const base64Url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');
