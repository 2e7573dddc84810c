import { journalActionSchema, MAX_FOLLOWED_PASSES, type JournalAction, type JournalPerson, type JournalRecord } from '../../../../shared';

/** An entry that gave someone a pass: the passes the panel follows. */
export type IssuedRecord = JournalRecord & { passId: string };

/** The chain's order is the order of writing, so the sequence number sorts without ties. */
export const oldestFirst = (entries: readonly JournalRecord[]): JournalRecord[] => [...entries].sort((a, b) => a.seq - b.seq);

const newestFirst = (entries: readonly JournalRecord[]): JournalRecord[] => oldestFirst(entries).reverse();

const gavePass = (entry: JournalRecord): entry is IssuedRecord => (entry.action === 'issued' || entry.action === 'replaced') && entry.passId !== null;

/** Every pass this desk issued in `entries`, newest first, each once. */
export const issuedPasses = (entries: readonly JournalRecord[]): IssuedRecord[] => {
  const seen = new Set<string>();
  return newestFirst(entries)
    .filter(gavePass)
    .filter((entry) => !seen.has(entry.passId) && seen.add(entry.passId));
};

/** The passes whose status one `journal:statuses` call reads: the newest, up to what main follows at once. */
export const followedPasses = (entries: readonly JournalRecord[]): { userId: string; passId: string }[] =>
  issuedPasses(entries)
    .slice(0, MAX_FOLLOWED_PASSES)
    .map((entry) => ({ userId: entry.person.id, passId: entry.passId }));

const setbacks = new Set<JournalAction>(['refused', 'failed', 'revoked']);

/** What went wrong or was taken back today, newest first: shown beside the passes, in brief. */
export const setbacksOf = (entries: readonly JournalRecord[]): JournalRecord[] => newestFirst(entries).filter((entry) => setbacks.has(entry.action));

/** Everyone the journal names, newest first, each once (an entry about the journal itself names nobody). */
export const peopleOf = (entries: readonly JournalRecord[]): JournalPerson[] => {
  const seen = new Set<string>();
  return newestFirst(entries)
    .filter((entry) => entry.act !== 'check')
    .map((entry) => entry.person)
    .filter((person) => !seen.has(person.id) && seen.add(person.id));
};

/** How many entries of each action, every action listed, in the contract's order. */
export const actionTotals = (entries: readonly JournalRecord[]): { action: JournalAction; count: number }[] =>
  journalActionSchema.options.map((action) => ({ action, count: entries.filter((entry) => entry.action === action).length }));

/** A cohort run of the day: when its first row was written, its size, and how its rows ended so far. */
export interface CohortDay {
  id: string;
  size: number;
  startedAt: string;
  issued: number;
  refused: number;
  failed: number;
}

/** The day's cohort runs, newest first, counted from their create entries. */
export const cohortsOf = (entries: readonly JournalRecord[]): CohortDay[] => {
  const cohorts = new Map<string, CohortDay>();
  for (const entry of oldestFirst(entries)) {
    if (!entry.cohort || entry.act !== 'create') continue;
    const day = cohorts.get(entry.cohort.id) ?? { id: entry.cohort.id, size: entry.cohort.size, startedAt: entry.at, issued: 0, refused: 0, failed: 0 };
    if (entry.action === 'issued' || entry.action === 'replaced') day.issued += 1;
    else if (entry.action === 'refused') day.refused += 1;
    else if (entry.action === 'failed') day.failed += 1;
    cohorts.set(entry.cohort.id, day);
  }
  return [...cohorts.values()].reverse();
};
