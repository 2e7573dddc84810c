import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskJournal } from '../../../../src/main/journal/desk-journal';
import type { JournalEntry } from '../../../../src/shared';
import { key } from './journal-files-fixture';

const entry = (n: number): JournalEntry => ({
  technician: { id: 'tech-1', userPrincipalName: 'pia@contoso.example' },
  person: { id: `person-${n}`, userPrincipalName: `person${n}@contoso.example`, displayName: `Person ${n}` },
  action: 'issued',
  act: 'create',
  passId: `pass-${n}`,
  replacedPassId: null,
  options: { lifetimeInMinutes: 60, isUsableOnce: true, startDateTime: null },
  error: null,
  reconciliation: null,
  methodIdsBefore: null,
});

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tapdesk-desk-journal-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The app as it starts: a fresh journal object over the same folder, as after a restart. */
const start = (now?: () => Date) => {
  const problems: unknown[] = [];
  const journal = new DeskJournal({ dir: root, sealKey: () => key, publish: (_event, payload) => void problems.push(payload), ...(now ? { now } : {}) });
  return { journal, problems };
};
const monthFile = (month: string) => join(root, 'contoso', `${month}.jsonl`);
const everything = { from: new Date(0), to: new Date(Date.now() + 86_400_000) };

describe('the desk journal over restarts', () => {
  it('keeps a break found on opening in the chain, so sealing over it does not hide it at the next start', () => {
    const first = start().journal;
    for (const n of [1, 2, 3]) expect(first.append('contoso', 13, entry(n))).toBe(true);
    // Someone removes the last entry of the month file.
    const monthFile = join(root, 'contoso', readdirSync(join(root, 'contoso')).find((name) => name.endsWith('.jsonl'))!);
    const lines = readFileSync(monthFile, 'utf8').trimEnd().split('\n');
    writeFileSync(monthFile, `${lines.slice(0, 2).join('\n')}\n`);

    const second = start().journal;
    expect(second.integrity('contoso', 13)).toMatchObject({ state: 'broken', line: null });
    second.append('contoso', 13, entry(4));
    second.append('contoso', 13, entry(5));

    const third = start().journal;
    expect(third.integrity('contoso', 13)).toMatchObject({ state: 'intact', entries: 5 });
    const records = third.read('contoso', 13, everything.from, everything.to);
    expect(records.map((record) => record.action)).toEqual(['issued', 'issued', 'break_found', 'issued', 'issued']);
    expect(records[2]).toMatchObject({ act: 'check', technician: { userPrincipalName: 'pia@contoso.example' }, breakFound: { state: 'broken', line: null } });
  });

  it('removes the months retention no longer keeps only from a journal that checks out, and never shows lines before the anchor', () => {
    let clock = new Date('2026-01-10T09:00:00Z');
    const journal = start(() => clock).journal;
    journal.append('contoso', 13, entry(1));
    journal.append('contoso', 13, entry(2));
    clock = new Date('2026-03-10T09:00:00Z');
    journal.append('contoso', 13, entry(3));

    // Altered in January: on opening with a one-month retention in March, January stays as evidence.
    const january = readFileSync(monthFile('2026-01'), 'utf8');
    writeFileSync(monthFile('2026-01'), january.replace('Person 1', 'Person X'));
    expect(start(() => clock).journal.integrity('contoso', 1)).toMatchObject({ state: 'broken', problem: 'altered', month: '2026-01', line: 1 });
    expect(readdirSync(join(root, 'contoso'))).toContain('2026-01.jsonl');

    // Put right, the journal checks out: January goes, and the check still holds from the moved anchor.
    writeFileSync(monthFile('2026-01'), january);
    const pruned = start(() => clock).journal;
    expect(pruned.integrity('contoso', 1)).toMatchObject({ state: 'intact', entries: 1, since: '2026-03-10T09:00:00.000Z' });
    expect(readdirSync(join(root, 'contoso'))).not.toContain('2026-01.jsonl');

    // A line planted before the anchor is neither vouched for nor shown.
    writeFileSync(monthFile('2026-03'), `${january.split('\n')[0]}\n${readFileSync(monthFile('2026-03'), 'utf8')}`);
    const read = start(() => clock).journal.read('contoso', 1, new Date(0), new Date('2027-01-01T00:00:00Z'));
    expect(read.map((record) => record.person.id)).toEqual(['person-3']);
  });

  it('reads newest first and keeps one journal per tenant profile', () => {
    const { journal } = start();
    journal.append('contoso', 13, entry(1));
    journal.append('contoso', 13, entry(2));
    journal.append('fabrikam', 13, entry(3));
    expect(journal.read('contoso', 13, everything.from, everything.to).map((record) => [record.seq, record.person.id])).toEqual([
      [2, 'person-2'],
      [1, 'person-1'],
    ]);
    expect(journal.integrity('fabrikam', 13)).toMatchObject({ state: 'intact', entries: 1, sealed: true });
  });

  it('says when an entry cannot be written and remembers it for the screen', () => {
    writeFileSync(join(root, 'contoso'), 'a file where the folder should be');
    const { journal, problems } = start();
    expect(journal.append('contoso', 13, entry(1))).toBe(false);
    expect(problems).toEqual([{ at: expect.any(String), action: 'issued' }]);
    expect(journal.problem()).toEqual(problems[0]);
  });
});
