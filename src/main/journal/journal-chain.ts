import { hash as digest } from 'node:crypto';

/**
 * The hash chain of the desk journal: how one line is written, hashed and read back. Each line names the hash of
 * the line before it, so a line changed, moved or taken out of the middle shows; the ends of the chain are guarded
 * by the seal (journal-seal-file.ts).
 */

/** The `prev` of the first entry ever: nothing came before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** A place in the chain: a line's number, hash and time. */
export interface ChainLink {
  seq: number;
  hash: string;
  at: string;
}

/** Just the link, without whatever else the object carries (a line's entry, the file it is in). */
export const chainLink = ({ seq, hash, at }: ChainLink): ChainLink => ({ seq, hash, at });

export interface ChainLine extends ChainLink {
  prev: string;
  entry: Record<string, unknown>;
}

const sortedJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = value as Record<string, unknown>;
    return `{${Object.keys(members)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${sortedJson(members[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

/** Whether every object's members already come in sorted order (integer-like keys, which V8 moves first, may not). */
const inSortedOrder = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.every(inSortedOrder);
  if (value === null || typeof value !== 'object') return true;
  const members = value as Record<string, unknown>;
  const keys = Object.keys(members);
  return keys.every((key, index) => (index === 0 || keys[index - 1]! < key) && inSortedOrder(members[key]));
};

/**
 * JSON with object members sorted by UTF-16 code units and no whitespace, as the JSON Canonicalization Scheme
 * (RFC 8785, https://www.rfc-editor.org/rfc/rfc8785#section-3.2.3) writes them; JSON.stringify already writes
 * strings and numbers the way that scheme asks. A line parsed and written again, by this code or by a hand that
 * reordered its keys, therefore hashes the same. Takes only what JSON.parse can produce. A line read back
 * from the journal is in sorted order already, and then the native JSON.stringify writes the same text in less
 * than half the time, which was the largest part of what verify spends per line.
 */
export const canonicalJson = (value: unknown): string => (inSortedOrder(value) ? JSON.stringify(value) : sortedJson(value));

const sha256 = (text: string) => digest('sha256', text, 'hex');

/** The members are written in key order by hand: this is `canonicalJson({ at, entry, prev, seq })` without a copy. */
const hashOf = (seq: number, at: string, prev: string, canonicalEntry: string) =>
  sha256(`{"at":${JSON.stringify(at)},"entry":${canonicalEntry},"prev":${JSON.stringify(prev)},"seq":${seq}}`);

/** What a line's `hash` must be for its content. */
export const lineHash = (line: Omit<ChainLine, 'hash'>): string => hashOf(line.seq, line.at, line.prev, canonicalJson(line.entry));

/**
 * One line of a month file, newline included. `entry` must be plain JSON (the caller's entry after a JSON round
 * trip), so that what is hashed is what a reader gets back.
 */
export const chainLine = (seq: number, at: string, prev: string, entry: Record<string, unknown>): { text: string; hash: string } => {
  const canonicalEntry = canonicalJson(entry);
  const hash = hashOf(seq, at, prev, canonicalEntry);
  return { text: `{"seq":${seq},"at":${JSON.stringify(at)},"prev":${JSON.stringify(prev)},"entry":${canonicalEntry},"hash":${JSON.stringify(hash)}}\n`, hash };
};

const HEX_64 = /^[0-9a-f]{64}$/;

/** The line's fields when it is a whole, well-formed line; null otherwise. Does not check the hash. */
export const parseChainLine = (text: string): ChainLine | null => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { seq, at, prev, entry, hash } = value as Record<string, unknown>;
  const wellFormed =
    Number.isSafeInteger(seq) &&
    (seq as number) > 0 &&
    typeof at === 'string' &&
    typeof prev === 'string' &&
    HEX_64.test(prev) &&
    typeof hash === 'string' &&
    HEX_64.test(hash) &&
    entry !== null &&
    typeof entry === 'object' &&
    !Array.isArray(entry);
  return wellFormed ? { seq: seq as number, at, prev, entry: entry as Record<string, unknown>, hash } : null;
};

/** `YYYY-MM`, the UTC month a time falls in, which names its month file. */
export const monthOf = (time: Date | string): string => (typeof time === 'string' ? time : time.toISOString()).slice(0, 7);

/** The month `count` months before `month`. */
export const monthsBefore = (month: string, count: number): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(Date.UTC(year, monthNumber - 1 - count, 1)));
};
