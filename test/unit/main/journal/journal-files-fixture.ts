import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { JournalFiles } from '../../../../src/main/journal/journal-files';
import { journalSealKey } from '../../../../src/main/journal/journal-seal-key';
import { memoryStore } from '../../../support/memory-store';
import { testCipher } from '../../../support/test-cipher';

/** The desk's sealing key, made the way the app makes it. */
export const key = journalSealKey(memoryStore(), testCipher());

export const entry = (n: number) => ({
  action: 'issued',
  act: 'create',
  person: { id: `person-${n}`, userPrincipalName: `person${n}@contoso.example`, displayName: `Person ${n}` },
  options: { lifetimeInMinutes: 60, isUsableOnce: true, startDateTime: null },
});

/** A profile's journal folder in a fresh temporary folder for each test, and a clock the test moves. */
export const useJournalFixture = () => {
  let root = '';
  let clock = new Date(0);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tapdesk-journal-'));
    clock = new Date('2025-01-15T09:00:00.000Z');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const fixture = {
    get root() {
      return root;
    },
    get dir() {
      return join(root, 'contoso');
    },
    get sealFile() {
      return join(root, 'contoso', 'seal.json');
    },
    journal: (sealKey: Buffer | null = key) => new JournalFiles({ dir: fixture.dir, sealKey, now: () => clock }),
    at: (iso: string) => {
      clock = new Date(iso);
    },
    /** Appends `count` entries a minute apart from the clock's time; returns their times. */
    appendMinutes: (files: JournalFiles, count: number) =>
      Array.from({ length: count }, (_, index) => {
        const { at: written } = files.append(entry(index));
        clock = new Date(clock.getTime() + 60_000);
        return written;
      }),
    file: (month: string) => join(fixture.dir, `${month}.jsonl`),
    linesOf: (month: string) => readFileSync(fixture.file(month), 'utf8').split('\n').slice(0, -1),
    writeLines: (month: string, lines: string[]) => writeFileSync(fixture.file(month), lines.map((line) => `${line}\n`).join('')),
  };
  return fixture;
};
