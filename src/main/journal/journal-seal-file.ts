import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { canonicalJson, chainLink, type ChainLink } from './journal-chain';
import { replaceDurably, syncDirectory } from './journal-files-durable';

/**
 * The seal: where the kept chain starts and where it ends, signed with a key only this desk can read (kept by
 * the OS's secure storage). Hashes alone cannot show lines cut off either end, nor a chain rewritten from some
 * line on (anyone can compute SHA-256); the keyed anchor and head can.
 */

export const SEAL_FILE = 'seal.json';

export interface Seal {
  /**
   * What the oldest kept line hangs from: the last line retention removed, or, until it removed any, the start of
   * the chain (seq 0, the genesis hash, the time of the first entry). The first kept line must name its hash and
   * follow its number, as any line must its predecessor's; once every line is removed it equals the head.
   */
  anchor: ChainLink;
  /** The newest line written. */
  head: ChainLink;
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const linkSchema = z.strictObject({ seq: z.number().int().nonnegative(), hash: hex64, at: z.string() });
const sealFileSchema = z.strictObject({ anchor: linkSchema, head: linkSchema.extend({ seq: z.number().int().positive() }), mac: hex64.optional() });

export type SealReading =
  | { state: 'missing' }
  | { state: 'unreadable'; error: unknown }
  /** Not a seal this code wrote: edited by hand, or not JSON. */
  | { state: 'invalid' }
  | { state: 'read'; seal: Seal; mac: string | null };

const macOf = (seal: Seal, key: Buffer) => createHmac('sha256', key).update(canonicalJson({ anchor: seal.anchor, head: seal.head })).digest();

export const readSeal = (dir: string): SealReading => {
  let text: string;
  try {
    text = readFileSync(join(dir, SEAL_FILE), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { state: 'missing' } : { state: 'unreadable', error };
  }
  let parsed: z.infer<typeof sealFileSchema>;
  try {
    parsed = sealFileSchema.parse(JSON.parse(text));
  } catch {
    return { state: 'invalid' };
  }
  return { state: 'read', seal: { anchor: parsed.anchor, head: parsed.head }, mac: parsed.mac ?? null };
};

/**
 * Whether a seal that was read can be relied on. Without a key nothing can be checked, so any seal is taken as
 * it stands (and the journal reports itself unsealed). With a key, a seal without a mac counts as forged: anyone
 * could have written it, so it cannot vouch for the ends of the chain.
 */
export const sealHolds = (reading: Extract<SealReading, { state: 'read' }>, key: Buffer | null): boolean => {
  if (key === null) return true;
  if (reading.mac === null) return false;
  return timingSafeEqual(Buffer.from(reading.mac, 'hex'), macOf(reading.seal, key));
};

/** Writes the seal in place of the last one, with a mac when there is a key. */
export const writeSeal = (dir: string, { anchor, head }: Seal, key: Buffer | null): void => {
  const seal = { anchor: chainLink(anchor), head: chainLink(head) };
  const mac = key ? { mac: macOf(seal, key).toString('hex') } : {};
  replaceDurably(join(dir, SEAL_FILE), `${JSON.stringify({ ...seal, ...mac })}\n`);
  syncDirectory(dir);
};
