/**
 * The desk journal's files: what one append costs (its line written and flushed to the disk, then the seal
 * replaced and flushed), and how long checking a large journal takes. Prints medians and 95th percentiles; it
 * asserts nothing.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chainLine, GENESIS_HASH, monthOf, type ChainLink } from '../src/main/journal/journal-chain';
import { JournalFiles } from '../src/main/journal/journal-files';
import { writeSeal } from '../src/main/journal/journal-seal-file';
import type { JournalEntry, JournalIntegrity } from '../src/shared';

const APPENDS = 2_000;
const VERIFY_ENTRIES = 100_000;
const VERIFY_ROUNDS = 3;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const report = (label: string, samples: number[]) =>
  console.log(`${label.padEnd(44)} median ${percentile(samples, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(2).padStart(7)} ms`);

const deskEntry = (n: number): JournalEntry => ({
  technician: { id: '7f1d2c3b-0a9e-4d8c-b7a6-5f4e3d2c1b0a', userPrincipalName: 'helpdesk.anna@contoso.example' },
  person: { id: `2b3c4d5e-6f70-4182-93a4-${String(n).padStart(12, '0')}`, userPrincipalName: `new.starter${n}@contoso.example`, displayName: `New Starter ${n}` },
  action: 'issued',
  act: 'create',
  passId: `9a8b7c6d-5e4f-4a3b-2c1d-${String(n).padStart(12, '0')}`,
  replacedPassId: null,
  options: { lifetimeInMinutes: 480, isUsableOnce: true, startDateTime: null },
  error: null,
  reconciliation: null,
  methodIdsBefore: ['28c10230-6103-485e-b985-444c60001490', '3179e48a-750b-4051-897c-87b9720928f7'],
});

const measureAppends = (root: string) => {
  const files = new JournalFiles({ dir: join(root, 'appends'), sealKey: randomBytes(32) });
  const samples: number[] = [];
  for (let n = 0; n < APPENDS; n += 1) {
    const started = performance.now();
    files.append(deskEntry(n));
    samples.push(performance.now() - started);
  }
  report(`append (line + fsync, seal + fsync), ${APPENDS}x`, samples);

  // The same bytes without flushing or sealing: what durability and the seal add on this disk.
  const plain = join(root, 'plain.jsonl');
  const line = chainLine(1, new Date().toISOString(), GENESIS_HASH, deskEntry(0)).text;
  const plainSamples: number[] = [];
  for (let n = 0; n < APPENDS; n += 1) {
    const started = performance.now();
    appendFileSync(plain, line);
    plainSamples.push(performance.now() - started);
  }
  report(`same line, appendFileSync only, ${APPENDS}x`, plainSamples);
};

/**
 * Writes a journal as append would, one month file at a time in one write: the lines come from the same
 * chainLine and the seal from the same writeSeal, so the files are identical to appended ones, minus
 * 100,000 fsyncs.
 */
const writeJournal = (dir: string, entries: number, from: Date, to: Date) => {
  mkdirSync(dir, { recursive: true });
  const step = (to.getTime() - from.getTime()) / entries;
  const months = new Map<string, string[]>();
  let prev = GENESIS_HASH;
  let first: ChainLink | null = null;
  let head: ChainLink | null = null;
  for (let seq = 1; seq <= entries; seq += 1) {
    const at = new Date(from.getTime() + (seq - 1) * step).toISOString();
    const { text, hash } = chainLine(seq, at, prev, JSON.parse(JSON.stringify(deskEntry(seq))));
    const month = monthOf(at);
    const lines = months.get(month) ?? [];
    lines.push(text);
    months.set(month, lines);
    first ??= { seq: 0, hash: GENESIS_HASH, at };
    head = { seq, hash, at };
    prev = hash;
  }
  for (const [month, lines] of months) writeFileSync(join(dir, `${month}.jsonl`), lines.join(''));
  return { first: first!, head: head!, months: months.size };
};

const measureVerify = (root: string) => {
  const dir = join(root, 'large');
  const sealKey = randomBytes(32);
  const { first, head, months } = writeJournal(dir, VERIFY_ENTRIES, new Date('2025-01-01T00:00:00.000Z'), new Date('2025-04-01T00:00:00.000Z'));
  writeSeal(dir, { anchor: first, head }, sealKey);
  const files = new JournalFiles({ dir, sealKey });
  const samples: number[] = [];
  let result: JournalIntegrity = { state: 'empty' };
  for (let round = 0; round < VERIFY_ROUNDS; round += 1) {
    const started = performance.now();
    result = files.verify();
    samples.push(performance.now() - started);
  }
  report(`verify ${VERIFY_ENTRIES.toLocaleString('en')} entries in ${months} month files, ${VERIFY_ROUNDS}x`, samples);
  console.log(`verify said: ${result.state}${result.state === 'intact' ? `, ${result.entries} entries, sealed ${result.sealed}` : ''}`);
};

export const benchJournalFiles = async (): Promise<void> => {
  const root = mkdtempSync(join(tmpdir(), 'tapdesk-journal-bench-'));
  try {
    measureAppends(root);
    measureVerify(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};
