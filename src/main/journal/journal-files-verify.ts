import type { JournalIntegrity, JournalProblemKind } from '../../shared';
import { lineHash, monthOf, parseChainLine } from './journal-chain';
import { fileLines, monthFile, monthFiles } from './journal-files-lines';
import { readSeal, sealHolds, type Seal } from './journal-seal-file';

/**
 * Checks a journal folder from the sealed anchor to the sealed head and names the first problem.
 *
 * The kinds split by who can tell: lines that disagree with each other are `altered` (a line's hash is not that
 * of its content, or it does not name the line before it although its number follows on), `removed` (numbers
 * jump: lines, or a whole month file, taken out) or `truncated` (the journal ends in a line that is not whole
 * JSON, as a crash mid-write leaves it). Since numbers are inside the hashed content, a line taken out cannot be
 * hidden by renumbering without changing every hash after it; so a jump in numbers is `removed` and a wrong
 * link between consecutive numbers is `altered`. The oldest kept line hangs from the sealed anchor the same way.
 * Lines that agree with each other but not with the seal are `seal_mismatch` (a chain rewritten from some line
 * on, or lines added after the sealed head), and lines cut off the end are `removed` with no line. A seal that is
 * missing or fails its mac is reported once the lines are found to agree with each other: a problem in the lines
 * says more, and where it is. One pass over the lines, one JSON parse and one SHA-256 each.
 */

type Broken = Extract<JournalIntegrity, { state: 'broken' }>;

const broken = (problem: JournalProblemKind, month: string, line: number | null, expectedSeq: number | null, intactUntil: string | null): Broken => ({
  state: 'broken',
  problem,
  month,
  line,
  expectedSeq,
  intactUntil,
});

/** The seal to walk against, and what to report once the lines check out when there is none to trust. */
const trustedSeal = (dir: string, key: Buffer | null): { seal: Seal | null; problem: 'seal_missing' | 'seal_mismatch' | null } | 'unreadable' => {
  const reading = readSeal(dir);
  switch (reading.state) {
    case 'unreadable':
      return 'unreadable';
    case 'missing':
      return { seal: null, problem: 'seal_missing' };
    case 'invalid':
      return { seal: null, problem: 'seal_mismatch' };
    case 'read':
      return sealHolds(reading, key) ? { seal: reading.seal, problem: null } : { seal: null, problem: 'seal_mismatch' };
  }
};

export const verifyJournal = (dir: string, key: Buffer | null, now: Date): JournalIntegrity => {
  let months: string[];
  try {
    months = monthFiles(dir);
  } catch {
    return broken('unreadable', monthOf(now), null, null, null);
  }
  const trust = trustedSeal(dir, key);
  if (trust === 'unreadable') return broken('unreadable', months.at(-1) ?? monthOf(now), null, null, null);
  const { seal } = trust;
  // Lines up to the anchor belong to month files retention has already sealed away but not yet removed (prune
  // writes the new anchor first, then deletes).
  const keptFrom = seal ? seal.anchor.seq + 1 : null;

  let last: { seq: number; hash: string; at: string; month: string } | null = null;
  let since: string | null = null;
  let entries = 0;
  for (const [index, month] of months.entries()) {
    const lastFile = index === months.length - 1;
    try {
      for (const { text, number, last: lastInFile } of fileLines(monthFile(dir, month))) {
        const expected = last ? last.seq + 1 : keptFrom;
        const at = (problem: JournalProblemKind, expectedSeq = expected) => broken(problem, month, number, expectedSeq, last?.at ?? null);
        const line = parseChainLine(text);
        if (!line) return at(lastFile && lastInFile ? 'truncated' : 'altered');
        if (!last && keptFrom !== null && line.seq < keptFrom) continue;
        if (lineHash(line) !== line.hash) return at('altered');
        if (expected !== null && line.seq > expected) return at('removed');
        const before = last?.hash ?? seal?.anchor.hash;
        if ((last && line.seq < last.seq + 1) || (before !== undefined && line.prev !== before)) return at('altered');
        if (seal) {
          // Every line agrees with the one before it, yet the chain does not end where it was sealed: it was
          // rewritten somewhere after the anchor, and no kept line can be vouched for.
          if (line.seq === seal.head.seq && line.hash !== seal.head.hash) return broken('seal_mismatch', month, number, seal.head.seq, null);
          if (line.seq > seal.head.seq) return at('seal_mismatch', null);
        }
        last = { seq: line.seq, hash: line.hash, at: line.at, month };
        since ??= line.at;
        entries += 1;
      }
    } catch {
      return broken('unreadable', month, null, null, last?.at ?? null);
    }
  }

  if (seal) {
    if (last && last.seq < seal.head.seq) return broken('removed', last.month, null, last.seq + 1, last.at);
    if (!last && seal.anchor.seq < seal.head.seq) return broken('removed', monthOf(seal.head.at), null, seal.anchor.seq + 1, null);
  }
  if (trust.problem && (last || trust.problem === 'seal_mismatch')) return broken(trust.problem, months.at(-1) ?? monthOf(now), null, null, null);
  if (!last || since === null) return { state: 'empty' };
  return { state: 'intact', since, entries, sealed: key !== null };
};
