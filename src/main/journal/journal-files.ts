import { mkdirSync, rmSync, truncateSync } from 'node:fs';
import type { JournalIntegrity } from '../../shared';
import { chainLine, chainLink, GENESIS_HASH, monthOf, monthsBefore, parseChainLine, type ChainLine, type ChainLink } from './journal-chain';
import { appendDurably, syncDirectory } from './journal-files-durable';
import { fileLines, linesFromEnd, monthFile, monthFiles } from './journal-files-lines';
import { verifyJournal } from './journal-files-verify';
import { readSeal, sealHolds, writeSeal } from './journal-seal-file';

/**
 * One tenant profile's desk journal on disk: a folder of month files (`YYYY-MM.jsonl`, by the UTC month of each
 * line's time), one hash-chained JSON line per entry, and a seal over the chain's two ends (journal-seal-file.ts).
 *
 * Appending never changes a whole line. It goes on from the last whole line on disk and seals the chain as it
 * finds it, so whoever opens the journal must verify it first: a problem the seal shows (lines cut off the end, a
 * seal edited or deleted) is reported by that check and is sealed over by the next append. Keeping a broken seal
 * instead would leave every later entry unsealed. Problems inside the chain (a line changed or taken out) stay
 * visible whatever is appended after them.
 */

export interface JournalLine {
  seq: number;
  /** ISO time, set by append. */
  at: string;
  entry: Record<string, unknown>;
}

/** The entry is not on disk; `cause` says why. */
export class JournalWriteError extends Error {
  override readonly name = 'JournalWriteError';
}

export interface JournalFilesOptions {
  /** This profile's journal folder; created on first append. */
  dir: string;
  /** From journalSealKey; null where the OS has no secure storage (the journal then says it is unsealed). */
  sealKey: Buffer | null;
  now?: () => Date;
}

interface Head extends ChainLink {
  /** The month file the head line is in. */
  month: string;
}

interface WriterState {
  head: Head | null;
  anchor: ChainLink | null;
}

export class JournalFiles {
  private readonly dir: string;
  private readonly sealKey: Buffer | null;
  private readonly now: () => Date;
  /** Read from disk on the first write, and again after a write failed (it may have left half a line). */
  private state: WriterState | null = null;

  constructor(options: JournalFilesOptions) {
    this.dir = options.dir;
    this.sealKey = options.sealKey;
    this.now = options.now ?? (() => new Date());
  }

  /** Appends synchronously (the caller must know it is on disk before it reports success); throws JournalWriteError. */
  append(entry: Record<string, unknown>): JournalLine {
    return this.appendAll([entry])[0]!;
  }

  /**
   * Appends entries in order, with one flush and one seal for all of them: a cohort's rows end a batch at a time,
   * and two flushes per line would hold every lane of its run (the flushes are nearly all of an append's cost).
   */
  appendAll(entries: readonly Record<string, unknown>[]): JournalLine[] {
    try {
      const state = (this.state ??= this.openForWriting());
      const at = this.now().toISOString();
      // A clock set back over a month's end must not write into an older file: verify walks the files in month
      // order, which has to stay the chain's order. Such a line is kept, with its true time, in the newer file.
      const month = state.head && state.head.month > monthOf(at) ? state.head.month : monthOf(at);
      let head = state.head;
      const written = entries.map((entry) => {
        // Stored and hashed as plain JSON, so the entry read back is the entry that was hashed.
        const stored = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
        const seq = (head?.seq ?? 0) + 1;
        const line = chainLine(seq, at, head?.hash ?? GENESIS_HASH, stored);
        head = { seq, hash: line.hash, at, month };
        return { line, written: { seq, at, entry: stored } };
      });
      if (!head) return [];
      appendDurably(monthFile(this.dir, month), written.map(({ line }) => line.text).join(''));
      if (month !== state.head?.month) syncDirectory(this.dir);
      state.anchor ??= { seq: state.head?.seq ?? 0, hash: state.head?.hash ?? GENESIS_HASH, at };
      state.head = head;
      writeSeal(this.dir, { anchor: state.anchor, head: state.head }, this.sealKey);
      return written.map((item) => item.written);
    } catch (error) {
      this.state = null;
      throw new JournalWriteError(`Could not append to the journal in ${this.dir}.`, { cause: error });
    }
  }

  /**
   * Entries whose `at` lies in [from, to), oldest first, reading only the month files that overlap. Lines that
   * fail to parse are skipped (verify reports them). A line written while the clock stood before its file's month
   * (see append) is found only by a range that reaches into that month.
   */
  read(from: Date, to: Date): JournalLine[] {
    if (from.getTime() >= to.getTime()) return [];
    const [fromAt, toAt] = [from.toISOString(), to.toISOString()];
    const [firstMonth, lastMonth] = [monthOf(from), monthOf(new Date(to.getTime() - 1))];
    // Lines at or before the sealed anchor were pruned (or planted there): verify does not vouch for them.
    const seal = readSeal(this.dir);
    const anchorSeq = seal.state === 'read' ? seal.seal.anchor.seq : 0;
    const lines: JournalLine[] = [];
    for (const month of monthFiles(this.dir)) {
      if (month < firstMonth || month > lastMonth) continue;
      for (const { text } of fileLines(monthFile(this.dir, month))) {
        const line = parseChainLine(text);
        if (line && line.seq > anchorSeq && line.at >= fromAt && line.at < toAt) lines.push({ seq: line.seq, at: line.at, entry: line.entry });
      }
    }
    return lines;
  }

  /** Checks every kept line from the sealed anchor to the sealed head. */
  verify(): JournalIntegrity {
    return verifyJournal(this.dir, this.sealKey, this.now());
  }

  /**
   * Removes whole month files older than `keepMonths` months (the current month counts as one), moving the
   * sealed anchor to the last line removed; returns how many files were removed. The new anchor is sealed before
   * any file goes, so a crash in between leaves lines verify skips (they lie before the anchor), never an anchor
   * with lines missing after it. The sealed head stays as it is and nothing else on disk is touched, so a journal
   * pruned before it is verified still shows whatever was wrong with it; a seal that does not hold is left alone
   * for verify to report.
   */
  prune(keepMonths: number): number {
    if (!Number.isInteger(keepMonths) || keepMonths < 1) throw new RangeError(`keepMonths must be a whole number of at least 1, not ${keepMonths}.`);
    const oldestKept = monthsBefore(monthOf(this.now()), keepMonths - 1);
    try {
      const removed = monthFiles(this.dir).filter((month) => month < oldestKept);
      if (removed.length === 0) return 0;
      const reading = readSeal(this.dir);
      if (reading.state === 'unreadable') throw reading.error;
      if (reading.state === 'read' && sealHolds(reading, this.sealKey)) {
        const anchor = this.lastLine(removed) ?? reading.seal.anchor;
        writeSeal(this.dir, { anchor, head: reading.seal.head }, this.sealKey);
        if (this.state) this.state.anchor = anchor;
      }
      for (const month of removed) rmSync(monthFile(this.dir, month));
      syncDirectory(this.dir);
      return removed.length;
    } catch (error) {
      this.state = null;
      throw new JournalWriteError(`Could not remove old months from the journal in ${this.dir}.`, { cause: error });
    }
  }

  /**
   * Where the chain goes on: the last whole line on disk, else (every file pruned) the sealed head. A piece of a
   * line the journal ends in was never sealed nor reported as written (a crash cut its append short); it is cut
   * off, so the next line starts on a line of its own and verify does not see a broken line in the middle.
   */
  private openForWriting(): WriterState {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const months = monthFiles(this.dir);
    const latest = months.at(-1);
    if (latest) cutUnfinishedLine(monthFile(this.dir, latest));
    const reading = readSeal(this.dir);
    if (reading.state === 'unreadable') throw reading.error;
    const seal = reading.state === 'read' ? reading.seal : null;
    const head = this.lastLine(months) ?? (seal ? { ...seal.head, month: monthOf(seal.head.at) } : null);
    // Without a seal to read, the chain is taken to hang from whatever its oldest line names: deleting the seal
    // gains nothing over editing it, and either is reported by the check before this append.
    const first = seal ? null : this.firstLine(months);
    const anchor = seal?.anchor ?? (first ? { seq: first.seq - 1, hash: first.prev, at: first.at } : null);
    return { head, anchor };
  }

  private lastLine(months: string[]): Head | null {
    for (const month of [...months].reverse()) {
      for (const { text, whole } of linesFromEnd(monthFile(this.dir, month))) {
        const line = whole ? parseChainLine(text) : null;
        if (line) return { ...chainLink(line), month };
      }
    }
    return null;
  }

  private firstLine(months: string[]): ChainLine | null {
    for (const month of months) {
      for (const { text } of fileLines(monthFile(this.dir, month))) {
        const line = parseChainLine(text);
        if (line) return line;
      }
    }
    return null;
  }
}

/** Cuts off a piece of a line the file ends in, left by an append a crash cut short. */
const cutUnfinishedLine = (file: string) => {
  const [lastPiece] = linesFromEnd(file);
  if (lastPiece && !lastPiece.whole) truncateSync(file, lastPiece.start);
};
