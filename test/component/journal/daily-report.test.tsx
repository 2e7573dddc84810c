import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, type JournalIntegrity } from '../../../src/shared';
import { formatDay, formatLocal, formatTimeOfDay, toIsoWithOffset } from '../../../src/renderer/src/format/date-time';
import { JournalPanel } from '../../../src/renderer/src/features/journal/journal-panel';
import { useJournalViewStore } from '../../../src/renderer/src/features/journal/journal-view-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { installFakeApi, signedIn } from '../fake-api';
import { renderInTheme } from '../render';
import { alexPerson, record } from './journal-fixtures';

const integrity: JournalIntegrity = { state: 'intact', since: '2030-04-01T08:00:00Z', entries: 40, sealed: true };
const may2 = new Date(2030, 4, 2);
const at = (hours: number) => new Date(2030, 4, 2, hours).toISOString();

afterEach(() => {
  Reflect.deleteProperty(window, 'print');
});

const dayEntries = [
  // Main answers from the day's start onwards: the next day's entry stays out of this day's report.
  record(6, { at: new Date(2030, 4, 3, 8).toISOString() }),
  record(5, { action: 'failed', act: 'revoke', at: at(12), passId: 'pass-1', options: null, error: { code: 'network', requestId: null } }),
  record(4, { action: 'revoked', act: 'revoke', at: at(11), passId: 'pass-1', options: null }),
  record(3, { action: 'slip_printed', act: 'slip', at: at(10), person: alexPerson, passId: 'pass-2', options: null }),
  record(2, { at: at(9), person: alexPerson, passId: 'pass-2' }),
  record(1, { at: at(8), passId: 'pass-1' }),
];

const openReport = async (entries = dayEntries) => {
  const api = installFakeApi();
  api.journalToday.mockResolvedValue(ok({ entries, integrity, writeProblem: null }));
  useSessionStore.setState({ status: 'ready', session: signedIn });
  useJournalViewStore.setState({ open: true, tab: 'report' });
  renderInTheme(<JournalPanel onOpenCard={() => undefined} canOpenCard />);
  const user = userEvent.setup();
  const day = screen.getByLabelText('Day') as HTMLInputElement;
  await user.clear(day);
  await user.type(day, '2030-05-02');
  await screen.findByRole('heading', { name: `Desk journal for ${formatDay(may2)}` });
  return { api, user };
};

describe('journal: the daily report', () => {
  it('reads the chosen day and totals its entries per action, with the integrity line', async () => {
    const { api } = await openReport();
    expect(api.journalToday).toHaveBeenLastCalledWith({ since: toIsoWithOffset(may2), until: toIsoWithOffset(new Date(2030, 4, 3)) });
    expect(screen.getByText('Tenant: Contoso')).toBeTruthy();
    expect(screen.getByText(`Journal intact since ${formatLocal(integrity.since)}: 40 entries checked.`)).toBeTruthy();

    const totals = screen.getByRole('table', { name: 'Entries per action' });
    const count = (action: string) => within(totals).getByRole('rowheader', { name: action }).nextElementSibling?.textContent;
    expect(count('Issued')).toBe('2');
    expect(count('Revoked')).toBe('1');
    expect(count('Slip printed')).toBe('1');
    expect(count('Failed')).toBe('1');
    expect(count('Refused')).toBe('0');
    expect(count('All actions')).toBe('5');

    const rows = within(screen.getByRole('table', { name: 'Every entry of the day, in the order it was written' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual([8, 9, 10, 11, 12].map((hours) => formatTimeOfDay(at(hours))));
    expect(within(rows[4]!).getByText('Failed')).toBeTruthy();
    expect(within(rows[4]!).getByText("TAP Desk can't reach Microsoft.")).toBeTruthy();
    expect(within(rows[1]!).getByText('Alex Wilber · alex@contoso.com')).toBeTruthy();
  });

  it('lists a break the check on opening found, with where it was', async () => {
    const breakFound = { state: 'broken', problem: 'removed', month: '2030-04', line: null, expectedSeq: 41, intactUntil: null } as const;
    await openReport([record(7, { action: 'break_found', act: 'check', at: at(7), person: { id: '', userPrincipalName: '', displayName: '' }, passId: null, options: null, breakFound })]);
    const rows = within(screen.getByRole('table', { name: 'Every entry of the day, in the order it was written' })).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Journal found changed')).toBeTruthy();
    expect(within(rows[0]!).getByText('Entries at the end of the month file 2030-04 were removed.')).toBeTruthy();
  });

  it('prints a copy of the report that says when and by whom, and takes the copy away afterwards', async () => {
    const { user } = await openReport();
    let printed: string | null = null;
    // happy-dom has no print dialog; the app's window does, and it blocks until closed, as this stand-in does.
    const print = vi.fn(() => {
      printed = document.querySelector('body > [data-journal-print]')?.textContent ?? null;
    });
    Object.defineProperty(window, 'print', { configurable: true, value: print });
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(printed).toContain(`Desk journal for ${formatDay(may2)}`);
    expect(printed).toMatch(/Printed .* by Tess Technician/);
    await waitFor(() => expect(document.querySelector('[data-journal-print]')).toBeNull());
  });
});
