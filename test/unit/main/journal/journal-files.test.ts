import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainLine, GENESIS_HASH, parseChainLine } from '../../../../src/main/journal/journal-chain';
import { JournalWriteError } from '../../../../src/main/journal/journal-files';
import { entry, useJournalFixture } from './journal-files-fixture';

const fx = useJournalFixture();
const { journal, at, appendMinutes, file, linesOf, writeLines } = fx;

describe('journal files: writing and reading', () => {
  it('reads back the entries whose time lies in a range, across month files, oldest first', () => {
    const files = journal();
    at('2025-01-31T23:58:00.000Z');
    files.append(entry(1));
    at('2025-01-31T23:59:00.000Z');
    files.append(entry(2));
    at('2025-02-01T00:01:00.000Z');
    files.append(entry(3));
    at('2025-02-01T00:02:00.000Z');
    files.append(entry(4));
    expect(readdirSync(fx.dir).sort()).toEqual(['2025-01.jsonl', '2025-02.jsonl', 'seal.json']);
    expect(files.read(new Date('2025-01-31T23:59:00.000Z'), new Date('2025-02-01T00:02:00.000Z'))).toEqual([
      { seq: 2, at: '2025-01-31T23:59:00.000Z', entry: entry(2) },
      { seq: 3, at: '2025-02-01T00:01:00.000Z', entry: entry(3) },
    ]);
    expect(files.read(new Date('2025-02-01T00:00:00.000Z'), new Date('2025-02-01T00:00:00.000Z'))).toEqual([]);
  });

  it('writes several entries at once in the chain’s order, each its own line, the chain intact and sealed at the last', () => {
    const files = journal();
    at('2025-03-02T09:00:00.000Z');
    files.append(entry(1));
    at('2025-03-02T09:01:00.000Z');
    expect(files.appendAll([entry(2), entry(3), entry(4)]).map((line) => line.seq)).toEqual([2, 3, 4]);
    expect(linesOf('2025-03')).toHaveLength(4);
    expect(files.verify()).toMatchObject({ state: 'intact', entries: 4, sealed: true });
    expect(files.appendAll([])).toEqual([]);
    expect(files.read(new Date('2025-03-01T00:00:00.000Z'), new Date('2025-04-01T00:00:00.000Z')).map((line) => line.entry)).toEqual([1, 2, 3, 4].map(entry));
  });

  it('reads only the month files the range overlaps', () => {
    const files = journal();
    appendMinutes(files, 1);
    at('2025-02-10T09:00:00.000Z');
    appendMinutes(files, 1);
    rmSync(file('2025-01'));
    mkdirSync(file('2025-01'));
    expect(files.read(new Date('2025-02-01T00:00:00.000Z'), new Date('2025-03-01T00:00:00.000Z'))).toHaveLength(1);
    expect(() => files.read(new Date('2025-01-01T00:00:00.000Z'), new Date('2025-03-01T00:00:00.000Z'))).toThrow();
  });

  it('returns and keeps the entry as plain JSON', () => {
    const written = journal().append({ when: new Date('2025-01-02T03:04:05.000Z'), gone: undefined, kept: null });
    expect(written.entry).toEqual({ when: '2025-01-02T03:04:05.000Z', kept: null });
    expect(journal().read(new Date(0), new Date('2026-01-01T00:00:00.000Z'))[0]?.entry).toEqual(written.entry);
  });

  it('rotates into a new month file, the chain going on from the last line of the old one', () => {
    const files = journal();
    appendMinutes(files, 2);
    at('2025-02-01T08:00:00.000Z');
    appendMinutes(files, 1);
    const lastOfJanuary = parseChainLine(linesOf('2025-01')[1]!)!;
    const firstOfFebruary = parseChainLine(linesOf('2025-02')[0]!)!;
    expect(parseChainLine(linesOf('2025-01')[0]!)!.prev).toBe(GENESIS_HASH);
    expect(firstOfFebruary).toMatchObject({ seq: 3, prev: lastOfJanuary.hash });
  });

  it('goes on with the chain when the journal is opened again', () => {
    appendMinutes(journal(), 2);
    expect(journal().append(entry(3)).seq).toBe(3);
    expect(journal().verify()).toMatchObject({ state: 'intact', entries: 3 });
  });

  it('keeps a line written while the clock stood back over a month end in the newer file, with its own time', () => {
    const files = journal();
    at('2025-02-01T00:05:00.000Z');
    appendMinutes(files, 1);
    at('2025-01-31T23:59:00.000Z');
    expect(files.append(entry(2)).at).toBe('2025-01-31T23:59:00.000Z');
    expect(readdirSync(fx.dir).sort()).toEqual(['2025-02.jsonl', 'seal.json']);
    expect(linesOf('2025-02')).toHaveLength(2);
    expect(journal().verify()).toMatchObject({ state: 'intact', entries: 2 });
  });

  it('throws when the seal cannot be written, and the next append seals the line that one left', () => {
    const files = journal();
    appendMinutes(files, 1);
    rmSync(fx.sealFile);
    mkdirSync(fx.sealFile);
    expect(() => files.append(entry(2))).toThrow(JournalWriteError);
    rmSync(fx.sealFile, { recursive: true });
    expect(files.append(entry(3)).seq).toBe(3);
    expect(journal().verify()).toMatchObject({ state: 'intact', entries: 3 });
  });

  it('skips lines that do not parse when reading', () => {
    const files = journal();
    appendMinutes(files, 2);
    writeLines('2025-01', [linesOf('2025-01')[0]!, 'not json', linesOf('2025-01')[1]!]);
    expect(files.read(new Date(0), new Date('2026-01-01T00:00:00.000Z')).map((line) => line.seq)).toEqual([1, 2]);
  });

  it('throws JournalWriteError with the cause when the folder cannot be created', () => {
    writeFileSync(fx.dir, 'a file where the folder should be');
    const error = (() => {
      try {
        journal().append(entry(1));
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(JournalWriteError);
    expect((error as JournalWriteError).cause).toMatchObject({ code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) });
  });
});

describe('journal files: retention', () => {
  const fourMonths = () => {
    const files = journal();
    const times: string[] = [];
    for (const month of ['01', '02', '03', '04']) {
      at(`2025-${month}-10T09:00:00.000Z`);
      times.push(...appendMinutes(files, 2));
    }
    return { files, times };
  };

  it('removes whole months older than the kept ones, the current month counted, and moves the anchor', () => {
    const { files, times } = fourMonths();
    at('2025-04-20T09:00:00.000Z');
    expect(files.prune(2)).toBe(2);
    expect(readdirSync(fx.dir).sort()).toEqual(['2025-03.jsonl', '2025-04.jsonl', 'seal.json']);
    expect(journal().verify()).toEqual({ state: 'intact', since: times[4], entries: 4, sealed: true });
    expect(files.prune(2)).toBe(0);
    expect(files.read(new Date('2025-01-01T00:00:00.000Z'), new Date('2025-03-01T00:00:00.000Z'))).toEqual([]);
    expect(files.append(entry(9)).seq).toBe(9);
    expect(journal().verify()).toMatchObject({ state: 'intact', since: times[4], entries: 5 });
  });

  it('keeps counting after every month was removed', () => {
    const files = journal();
    appendMinutes(files, 2);
    at('2025-06-01T09:00:00.000Z');
    expect(journal().prune(1)).toBe(1);
    expect(journal().verify()).toEqual({ state: 'empty' });
    const written = journal().append(entry(3));
    expect(written.seq).toBe(3);
    expect(journal().verify()).toEqual({ state: 'intact', since: written.at, entries: 1, sealed: true });
  });

  it('skips a month file that was sealed away but not yet removed (a crash during prune)', () => {
    const { times } = fourMonths();
    copyFileSync(file('2025-01'), join(fx.root, 'january'));
    at('2025-04-20T09:00:00.000Z');
    journal().prune(3);
    copyFileSync(join(fx.root, 'january'), file('2025-01'));
    expect(journal().verify()).toEqual({ state: 'intact', since: times[2], entries: 6, sealed: true });
  });

  it('still finds old months taken out by hand after a prune', () => {
    fourMonths();
    at('2025-04-20T09:00:00.000Z');
    journal().prune(3);
    rmSync(file('2025-02'));
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'removed', month: '2025-03', line: 1, expectedSeq: 3, intactUntil: null });
  });

  it('leaves what the seal shows for verify: lines cut off the end, or a seal deleted', () => {
    fourMonths();
    writeLines('2025-04', linesOf('2025-04').slice(0, 1));
    at('2025-04-20T09:00:00.000Z');
    expect(journal().prune(2)).toBe(2);
    expect(journal().verify()).toMatchObject({ state: 'broken', problem: 'removed', month: '2025-04', line: null, expectedSeq: 8 });
    rmSync(fx.sealFile);
    at('2025-05-20T09:00:00.000Z');
    expect(journal().prune(2)).toBe(1);
    expect(journal().verify()).toMatchObject({ state: 'broken', problem: 'seal_missing' });
  });

  it('finds the oldest kept line not hanging from the sealed anchor: altered', () => {
    fourMonths();
    at('2025-04-20T09:00:00.000Z');
    journal().prune(2);
    const [first, second] = linesOf('2025-03').map((line) => parseChainLine(line)!);
    const relinked = chainLine(first!.seq, first!.at, GENESIS_HASH, first!.entry);
    writeLines('2025-03', [relinked.text.trimEnd(), chainLine(second!.seq, second!.at, relinked.hash, second!.entry).text.trimEnd()]);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'altered', month: '2025-03', line: 1, expectedSeq: 5, intactUntil: null });
  });

  it('refuses a retention of less than one month', () => {
    expect(() => journal().prune(0)).toThrow(RangeError);
  });
});

describe('journal files: without a sealing key', () => {
  it('writes the seal without a mac and says the journal is unsealed', () => {
    const times = appendMinutes(journal(null), 2);
    expect(JSON.parse(readFileSync(fx.sealFile, 'utf8'))).not.toHaveProperty('mac');
    expect(journal(null).verify()).toEqual({ state: 'intact', since: times[0], entries: 2, sealed: false });
  });

  it('still finds lines cut off the end', () => {
    appendMinutes(journal(null), 3);
    writeLines('2025-01', linesOf('2025-01').slice(0, 2));
    expect(journal(null).verify()).toMatchObject({ state: 'broken', problem: 'removed', line: null, expectedSeq: 3 });
  });

  it('does not take a seal without a mac once the desk has a key', () => {
    appendMinutes(journal(null), 2);
    expect(journal().verify()).toMatchObject({ state: 'broken', problem: 'seal_mismatch', line: null });
  });
});
