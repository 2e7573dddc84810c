import { beforeEach, describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../../../src/emulator';
import { cohortRowsFrom, readCohortTable, suggestCohortMapping, type CohortCheck, type CohortIssueRow, type CohortRow } from '../../../../src/shared';
import { deskServices } from '../../../support/desk-services';
import { journalText } from '../../../support/journal-text';
import { useEmulator } from '../../../support/use-emulator';

let desk: Awaited<ReturnType<typeof deskServices>>;
const emulator = useEmulator();
const startOfDay = () => new Date(Date.now() - 60 * 60_000).toISOString();

/** The rows a technician would get from HR's file, read as the review screen reads it. */
const rowsOf = (csv: string): CohortRow[] => {
  const table = readCohortTable(csv);
  const { rows, problems } = cohortRowsFrom(table, suggestCohortMapping(table));
  expect(problems).toEqual([]);
  return rows;
};

/** Every row whose finding offers issuing or replacing, with the first of those choices. */
const chosen = (check: CohortCheck): CohortIssueRow[] =>
  check.rows.flatMap((row): CohortIssueRow[] => {
    if (row.finding === 'ready' || row.finding === 'privileged') return [{ line: row.line, action: 'issue', lifetimeInMinutes: 480 }];
    if (row.finding === 'has_pass') return [{ line: row.line, action: 'replace', lifetimeInMinutes: 480 }];
    return [];
  });

beforeEach(async () => {
  desk = await deskServices(emulator);
  await desk.signIn(demoTechnicians.privAuth);
});

describe('a cohort from HR’s file to passes in hand', () => {
  it('checks every row, issues the chosen ones with one journal entry each, and hands each pass over once', async () => {
    const { people, csv } = emulator.control.seedCohort({ count: 25, hireDate: '2031-03-02', specials: { guest: 1, disabled: 1, privileged: 1, excluded: 1, holdsPass: 2 } });
    const rows = rowsOf(`${csv}nobody.here@contoso.example,,,,,\r\n`);
    const check = await desk.value('bulk:check', { rows });

    const findingOf = (id: string) => check.rows.find((row) => row.person?.id === id)?.finding;
    const special = (kind: string) => people.filter((person) => person.special === kind).map((person) => findingOf(person.id));
    expect(special('guest')).toEqual(['guest']);
    expect(special('disabled')).toEqual(['disabled']);
    expect(special('privileged')).toEqual(['privileged']);
    expect(special('excluded')).toEqual(['outside_policy']);
    expect(special('holdsPass')).toEqual(['has_pass', 'has_pass']);
    expect(check.rows.at(-1)).toMatchObject({ finding: 'not_found', person: null });
    expect(check.rows.filter((row) => row.finding === 'ready')).toHaveLength(19);
    // Entra's hire date reaches the review, which starts each pass on it by default.
    expect(check.rows.find((row) => row.finding === 'ready')?.person?.employeeHireDate).toMatch(/^2031-03-0[2-6]T00:00:00/);
    const checking = desk.events.filter(({ event }) => event === 'event:bulk-progress').map(({ payload }) => payload);
    expect(checking[0]).toMatchObject({ cohortId: check.cohortId, phase: 'checking', state: 'running', done: 0, total: rows.length });
    expect(checking.at(-1)).toMatchObject({ cohortId: check.cohortId, phase: 'checking', state: 'finished' });

    const issueRows = chosen(check);
    expect(issueRows).toHaveLength(22);
    const run = await desk.value('bulk:issue', { cohortId: check.cohortId, rows: issueRows });
    const outcomes = (outcome: string) => run.rows.filter((row) => row.outcome === outcome).length;
    expect([outcomes('issued'), outcomes('skipped'), outcomes('refused'), outcomes('failed')]).toEqual([22, 4, 0, 0]);
    // The disabled account could have been chosen; the guest, the person outside the policy and nobody could not.
    expect(run.rows.filter((row) => row.outcome === 'skipped').map((row) => row.skippedBecause).sort()).toEqual(['chosen', 'finding', 'finding', 'finding']);
    expect(run.rows.filter((row) => row.outcome === 'issued').every((row) => row.held && !row.handedOver)).toBe(true);
    expect(run.heldUntil).not.toBeNull();
    expect(run.cancelled).toBe(false);

    const today = await desk.value('journal:today', { since: startOfDay() });
    const cohortEntries = today.entries.filter((entry) => entry.cohort?.id === check.cohortId);
    expect(cohortEntries.map((entry) => entry.action).sort()).toEqual([...Array(20).fill('issued'), 'replaced', 'replaced']);
    expect(cohortEntries.every((entry) => entry.cohort?.size === 22 && entry.person.displayName !== '')).toBe(true);

    const line = run.rows.find((row) => row.outcome === 'issued')!.line;
    const pass = await desk.value('bulk:hand-over', { cohortId: check.cohortId, line });
    expect(pass.temporaryAccessPass).toMatch(/\S{8,}/);
    await desk.value('handoff:copy-pass', { passId: pass.id });
    expect(await desk.platform.clipboard.readText()).toBe(pass.temporaryAccessPass);
    await desk.value('handoff:slip', { userId: pass.userId, passId: pass.id, output: 'print' });
    expect(await desk.call('bulk:hand-over', { cohortId: check.cohortId, line })).toMatchObject({ ok: false, error: { reason: 'cohort_pass_wiped' } });

    const sheet = await desk.value('bulk:sheet', { cohortId: check.cohortId, output: 'print' });
    expect(sheet).toEqual({ done: true, savedTo: null, pages: 21 });
    const printed = desk.platform.slips.at(-1)!.html;
    expect(printed.split('<section class="slip"').length - 1).toBe(21);
    expect(printed).not.toContain(pass.temporaryAccessPass);

    const written = await journalText(desk.cacheDir);
    expect(written).toContain(pass.id);
    expect(written).not.toContain(pass.temporaryAccessPass);

    expect(await desk.value('bulk:close', { cohortId: check.cohortId })).toBe(true);
    expect(await desk.call('bulk:sheet', { cohortId: check.cohortId, output: 'print' })).toMatchObject({ ok: false, error: { reason: 'cohort_closed' } });
  });

  it('sends each issued person’s manager the notice in the person’s language, without the pass, and says who has none', async () => {
    const { people, csv } = emulator.control.seedCohort({ count: 6, hireDate: '2031-03-02', seed: 7, specials: { guest: 0, disabled: 0, privileged: 0, excluded: 0, holdsPass: 0 } });
    const [german, english] = people.filter((person) => person.managerId !== null);
    emulator.control.setUser(german!.id, { preferredLanguage: 'de-AT' });
    emulator.control.setUser(english!.id, { preferredLanguage: 'en-GB' });
    const { settings } = await desk.value('settings:get', { profileId: 'demo' });
    await desk.value('settings:save', { profileId: 'demo', settings: { ...settings, notifications: { ...settings.notifications, enabled: true } } });
    // The list's notify-manager column says no for one person who has a manager.
    const quiet = people.filter((person) => person.managerId !== null)[2]!;
    const rows = rowsOf(csv).map((row) => (row.key === quiet.userPrincipalName ? { ...row, notifyManager: false } : row));
    const check = await desk.value('bulk:check', { rows });
    const run = await desk.value('bulk:issue', { cohortId: check.cohortId, rows: chosen(check) });
    expect(run.rows.filter((row) => row.outcome === 'issued')).toHaveLength(6);

    const preview = await desk.value('bulk:notify-preview', { cohortId: check.cohortId, recipient: 'manager' });
    const withManager = people.filter((person) => person.managerId !== null).length - 1;
    expect(preview.rows.filter((row) => row.block === null)).toHaveLength(withManager);
    expect(preview.rows.filter((row) => row.block === 'no_manager')).toHaveLength(5 - withManager);
    expect(preview.rows.filter((row) => row.block === 'manager_not_asked').map((row) => row.line)).toEqual([rows.find((row) => row.key === quiet.userPrincipalName)!.line]);
    expect(preview.sample?.subject).toBeTruthy();
    const lineOf = (id: string) => check.rows.find((row) => row.person?.id === id)!.line;
    expect(preview.rows.find((row) => row.line === lineOf(german!.id))?.language).toBe('de');
    expect(preview.rows.find((row) => row.line === lineOf(english!.id))?.language).toBe('en');

    const results = await desk.value('bulk:notify', { cohortId: check.cohortId, recipient: 'manager', lines: run.rows.map((row) => row.line) });
    expect(results.filter((result) => result.outcome === 'sent')).toHaveLength(withManager);
    const sent = emulator.control.sentMail();
    expect(sent).toHaveLength(withManager);
    const codes = await Promise.all(run.rows.map(async ({ line }) => (await desk.value('bulk:hand-over', { cohortId: check.cohortId, line })).temporaryAccessPass));
    for (const code of codes) expect(JSON.stringify(sent)).not.toContain(code);
    const today = await desk.value('journal:today', { since: startOfDay() });
    expect(today.entries.filter((entry) => entry.action === 'notice_sent')).toHaveLength(withManager);
  });

  it('refuses a choice a row does not offer, and a second run while one is under way', async () => {
    const { csv } = emulator.control.seedCohort({ count: 3, hireDate: '2031-03-02', seed: 3, specials: { guest: 1, disabled: 0, privileged: 0, excluded: 0, holdsPass: 0 } });
    const check = await desk.value('bulk:check', { rows: rowsOf(csv) });
    const guest = check.rows.find((row) => row.finding === 'guest')!;
    expect(await desk.call('bulk:issue', { cohortId: check.cohortId, rows: [{ line: guest.line, action: 'issue' }] })).toMatchObject({
      ok: false,
      error: { code: 'validation', reason: 'invalid_request' },
    });
    emulator.control.addFault({ pathPattern: '\\$batch', latencyMs: 400, times: 2 });
    const ready = chosen(check);
    const first = desk.value('bulk:issue', { cohortId: check.cohortId, rows: ready });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await desk.call('bulk:issue', { cohortId: check.cohortId, rows: ready })).toMatchObject({ ok: false, error: { reason: 'cohort_busy' } });
    expect((await first).rows.filter((row) => row.outcome === 'issued')).toHaveLength(2);
  });
});
