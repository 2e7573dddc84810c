import { join } from 'node:path';
import { journalRecordSchema, type JournalBreak, type JournalEntry, type JournalIntegrity, type JournalRecord, type JournalWriteProblem } from '../../shared';
import type { Publish } from '../ipc/event-publisher';
import { JournalFiles, type JournalLine } from './journal-files';

export interface DeskJournalDeps {
  /** The folder holding one journal folder per tenant profile. */
  dir: string;
  /** The key that seals each journal's head, from the OS secure storage; null where there is none. */
  sealKey: () => Buffer | null;
  publish: Publish;
  now?: () => Date;
}

interface OpenJournal {
  files: JournalFiles;
  integrity: JournalIntegrity;
  /** A break found on opening is written into the journal once, before an entry seals over it. */
  breakRecorded: boolean;
}

const breakEntry = (technician: JournalEntry['technician'], found: JournalBreak): JournalEntry => ({
  technician,
  person: { id: '', userPrincipalName: '', displayName: '' },
  action: 'break_found',
  act: 'check',
  passId: null,
  replacedPassId: null,
  options: null,
  error: null,
  reconciliation: null,
  methodIdsBefore: null,
  breakFound: found,
});

const toRecord = (line: JournalLine): JournalRecord | null => {
  const parsed = journalRecordSchema.safeParse({ ...line.entry, seq: line.seq, at: line.at });
  return parsed.success ? parsed.data : null;
};

/**
 * This machine's journal of what the desk did, one per tenant profile. Opening a profile's journal prunes the
 * months its retention no longer keeps and checks the whole chain once; the answer is what the screen shows
 * until the app starts again. An entry that cannot be written is said at once, never dropped in silence.
 */
export class DeskJournal {
  private readonly journals = new Map<string, OpenJournal>();
  private writeProblem: JournalWriteProblem | null = null;
  private readonly now: () => Date;

  constructor(private readonly deps: DeskJournalDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  private open(profileId: string, retentionMonths: number): OpenJournal {
    const existing = this.journals.get(profileId);
    if (existing) return existing;
    const files = new JournalFiles({ dir: join(this.deps.dir, profileId), sealKey: this.deps.sealKey(), now: this.now });
    // Months are removed only from a journal that checks out: pruning moves the sealed anchor, and moving it over
    // lines nobody checked would vouch for whatever was planted there. A broken journal is kept whole as evidence.
    let integrity = files.verify();
    if (integrity.state === 'intact' && files.prune(retentionMonths) > 0) integrity = files.verify();
    const opened = { files, integrity, breakRecorded: false };
    this.journals.set(profileId, opened);
    return opened;
  }

  /** Writes one entry; false (and the problem told to the screen) when it could not be written. */
  append(profileId: string, retentionMonths: number, entry: JournalEntry): boolean {
    return this.appendAll(profileId, retentionMonths, [entry]);
  }

  /** Writes entries in order with one flush; false (and the problem told to the screen) when they could not be written. */
  appendAll(profileId: string, retentionMonths: number, entries: readonly JournalEntry[]): boolean {
    const [first] = entries;
    if (!first) return true;
    try {
      const journal = this.open(profileId, retentionMonths);
      // Appending seals the chain as it is on disk now, so entries cut off its end would no longer show at the
      // next start: what the check found is written first, where removing it is a break of its own.
      if (journal.integrity.state === 'broken' && !journal.breakRecorded) {
        journal.files.append(breakEntry(first.technician, journal.integrity));
        journal.breakRecorded = true;
      }
      journal.files.appendAll(entries);
      if (journal.integrity.state === 'empty') journal.integrity = { state: 'intact', since: this.now().toISOString(), entries: entries.length, sealed: this.deps.sealKey() !== null };
      else if (journal.integrity.state === 'intact') journal.integrity = { ...journal.integrity, entries: journal.integrity.entries + entries.length };
      return true;
    } catch {
      this.writeProblem = { at: this.now().toISOString(), action: first.action };
      this.deps.publish('event:journal-problem', this.writeProblem);
      return false;
    }
  }

  /** Entries written in [from, to), newest first. */
  read(profileId: string, retentionMonths: number, from: Date, to: Date): JournalRecord[] {
    return this.open(profileId, retentionMonths)
      .files.read(from, to)
      .map(toRecord)
      .filter((record): record is JournalRecord => record !== null)
      .reverse();
  }

  integrity(profileId: string, retentionMonths: number): JournalIntegrity {
    return this.open(profileId, retentionMonths).integrity;
  }

  /** The last entry that could not be written since the app started, if any. */
  problem(): JournalWriteProblem | null {
    return this.writeProblem;
  }
}
