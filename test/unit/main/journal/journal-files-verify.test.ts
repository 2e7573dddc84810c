import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chainLine, GENESIS_HASH, parseChainLine } from '../../../../src/main/journal/journal-chain';
import { journalSealKey } from '../../../../src/main/journal/journal-seal-key';
import { memoryStore } from '../../../support/memory-store';
import { testCipher } from '../../../support/test-cipher';
import { entry, useJournalFixture } from './journal-files-fixture';

const fx = useJournalFixture();
const { journal, at, appendMinutes, file, linesOf, writeLines } = fx;

describe('journal files: verify', () => {
  it('says an intact journal is intact, from its oldest entry, and sealed', () => {
    expect(journal().verify()).toEqual({ state: 'empty' });
    const times = appendMinutes(journal(), 3);
    expect(journal().verify()).toEqual({ state: 'intact', since: times[0], entries: 3, sealed: true });
  });

  it('finds an edited line: altered, at its line in its month file', () => {
    appendMinutes(journal(), 1);
    at('2025-02-03T10:00:00.000Z');
    const times = appendMinutes(journal(), 3);
    const lines = linesOf('2025-02');
    writeLines('2025-02', [lines[0]!, lines[1]!.replace('Person 1', 'Someone else'), lines[2]!]);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'altered', month: '2025-02', line: 2, expectedSeq: 3, intactUntil: times[0] });
  });

  it('finds a line that names another line before it as altered', () => {
    const times = appendMinutes(journal(), 3);
    const [first, , third] = linesOf('2025-01').map((line) => parseChainLine(line)!);
    const relinked = chainLine(third!.seq, third!.at, first!.hash, third!.entry).text.trimEnd();
    writeLines('2025-01', [linesOf('2025-01')[0]!, linesOf('2025-01')[1]!, relinked]);
    expect(journal().verify()).toMatchObject({ state: 'broken', problem: 'altered', line: 3, expectedSeq: 3, intactUntil: times[1] });
  });

  it('holds a line written again with its keys in another order (the hash is over canonical JSON)', () => {
    appendMinutes(journal(), 2);
    const { entry: stored, hash, prev, at: written, seq } = parseChainLine(linesOf('2025-01')[0]!)!;
    const reordered = JSON.stringify({ hash, entry: Object.fromEntries(Object.entries(stored).reverse()), prev, at: written, seq }, null, 0);
    writeLines('2025-01', [reordered, linesOf('2025-01')[1]!]);
    expect(journal().verify()).toMatchObject({ state: 'intact', entries: 2 });
  });

  it('finds a line taken out of the middle: removed, where the numbers jump', () => {
    const times = appendMinutes(journal(), 5);
    const lines = linesOf('2025-01');
    writeLines('2025-01', [lines[0]!, lines[1]!, lines[3]!, lines[4]!]);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'removed', month: '2025-01', line: 3, expectedSeq: 3, intactUntil: times[1] });
  });

  it('finds a whole month file taken out of the middle: removed', () => {
    const files = journal();
    const january = appendMinutes(files, 2);
    at('2025-02-10T09:00:00.000Z');
    appendMinutes(files, 2);
    at('2025-03-10T09:00:00.000Z');
    appendMinutes(files, 2);
    rmSync(file('2025-02'));
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'removed', month: '2025-03', line: 1, expectedSeq: 3, intactUntil: january[1] });
  });

  it('finds lines cut off the end by the sealed head: removed, after the last line', () => {
    const times = appendMinutes(journal(), 5);
    writeLines('2025-01', linesOf('2025-01').slice(0, 3));
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'removed', month: '2025-01', line: null, expectedSeq: 4, intactUntil: times[2] });
  });

  it('finds a last line cut off mid-line: truncated', () => {
    const times = appendMinutes(journal(), 3);
    const lines = linesOf('2025-01');
    writeFileSync(file('2025-01'), `${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 40)}`);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'truncated', month: '2025-01', line: 3, expectedSeq: 3, intactUntil: times[1] });
  });

  it('after a crash mid-append, reports the cut-off line, and the next append starts on a whole line', () => {
    const files = journal();
    const times = appendMinutes(files, 2);
    appendFileSync(file('2025-01'), '{"seq":3,"at":"2025-01-15T09:');
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'truncated', month: '2025-01', line: 3, expectedSeq: 3, intactUntil: times[1] });
    expect(journal().append(entry(3)).seq).toBe(3);
    expect(linesOf('2025-01').map((line) => parseChainLine(line)?.seq)).toEqual([1, 2, 3]);
    expect(journal().verify()).toMatchObject({ state: 'intact', entries: 3 });
  });

  it('finds an edited seal: seal_mismatch', () => {
    appendMinutes(journal(), 3);
    const seal = JSON.parse(readFileSync(fx.sealFile, 'utf8'));
    writeFileSync(fx.sealFile, JSON.stringify({ ...seal, head: { ...seal.head, seq: 2 } }));
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'seal_mismatch', month: '2025-01', line: null, expectedSeq: null, intactUntil: null });
  });

  it('finds a deleted seal: seal_missing', () => {
    appendMinutes(journal(), 3);
    rmSync(fx.sealFile);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'seal_missing', month: '2025-01', line: null, expectedSeq: null, intactUntil: null });
  });

  it('finds a seal made with another key: seal_mismatch', () => {
    appendMinutes(journal(), 2);
    expect(journal(journalSealKey(memoryStore(), testCipher())).verify()).toMatchObject({ state: 'broken', problem: 'seal_mismatch' });
  });

  it('finds a chain rewritten without the key: seal_mismatch at the sealed head, with no line vouched for', () => {
    appendMinutes(journal(), 4);
    const original = linesOf('2025-01').map((line) => parseChainLine(line)!);
    let prev = original[0]!.hash;
    const rewritten = original.slice(1).map((line, index) => {
      const written = chainLine(line.seq, line.at, prev, index === 0 ? { ...line.entry, action: 'revoked' } : line.entry);
      prev = written.hash;
      return written.text.trimEnd();
    });
    writeLines('2025-01', [linesOf('2025-01')[0]!, ...rewritten]);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'seal_mismatch', month: '2025-01', line: 4, expectedSeq: 4, intactUntil: null });
  });

  it('finds a chain rewritten from its first line: seal_mismatch', () => {
    appendMinutes(journal(), 2);
    const [first, second] = linesOf('2025-01').map((line) => parseChainLine(line)!);
    const newFirst = chainLine(1, first!.at, GENESIS_HASH, { ...first!.entry, action: 'revoked' });
    const newSecond = chainLine(2, second!.at, newFirst.hash, second!.entry);
    writeFileSync(file('2025-01'), newFirst.text + newSecond.text);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'seal_mismatch', month: '2025-01', line: 2, expectedSeq: 2, intactUntil: null });
  });

  it('finds a line after the sealed head (its seal never written) as seal_mismatch, sealed over by the next append', () => {
    const files = journal();
    const times = appendMinutes(files, 2);
    const sealBefore = readFileSync(fx.sealFile);
    appendMinutes(files, 1);
    writeFileSync(fx.sealFile, sealBefore);
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'seal_mismatch', month: '2025-01', line: 3, expectedSeq: null, intactUntil: times[1] });
    journal().append(entry(4));
    expect(journal().verify()).toMatchObject({ state: 'intact', entries: 4 });
  });

  it('reports an unreadable month file as unreadable', () => {
    const times = appendMinutes(journal(), 2);
    at('2025-02-10T09:00:00.000Z');
    appendMinutes(journal(), 1);
    rmSync(file('2025-02'));
    mkdirSync(file('2025-02'));
    expect(journal().verify()).toEqual({ state: 'broken', problem: 'unreadable', month: '2025-02', line: null, expectedSeq: null, intactUntil: times[1] });
  });
});

