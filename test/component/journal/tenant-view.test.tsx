import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok, type TenantPasses } from '../../../src/shared';
import { addDays, startOfDay } from '../../../src/renderer/src/features/journal/day';
import { JournalPanel } from '../../../src/renderer/src/features/journal/journal-panel';
import { useJournalViewStore } from '../../../src/renderer/src/features/journal/journal-view-store';
import { formatLocal, toIsoWithOffset } from '../../../src/renderer/src/format/date-time';
import { installFakeApi, type FakeApi } from '../fake-api';
import { findShown, queryShown, renderInTheme } from '../render';
import { alexPerson, record, tenantEvent } from './journal-fixtures';

const passes = (extra: Partial<TenantPasses> = {}) => ok<TenantPasses>({ events: [], auditLog: 'read', truncated: false, ...extra });

const openTenantView = async (api: FakeApi) => {
  useJournalViewStore.setState({ open: true, tab: 'tenant' });
  renderInTheme(<JournalPanel onOpenCard={() => undefined} canOpenCard />);
  await waitFor(() => expect(api.tenantPasses).toHaveBeenCalled());
  return userEvent.setup();
};

const lastSecondOf = (day: Date) => toIsoWithOffset(new Date(addDays(day, 1).getTime() - 1000));

describe('journal: passes in this tenant', () => {
  it('reads the last seven days at once, and lists each event with who did it and where it comes from', async () => {
    const api = installFakeApi();
    api.tenantPasses.mockResolvedValue(
      passes({
        events: [
          tenantEvent('e1', { person: alexPerson, kind: 'deleted', privileged: true, initiatedBy: { id: null, userPrincipalName: null, displayName: null, app: 'Offboarding flow' } }),
          tenantEvent('e2', { sources: ['desk', 'entra'], desk: record(7) }),
        ],
      }),
    );
    await openTenantView(api);
    const today = startOfDay(new Date());
    expect(api.tenantPasses).toHaveBeenCalledWith({ from: toIsoWithOffset(addDays(today, -6)), to: lastSecondOf(today) });

    const table = await screen.findByRole('table', { name: /^Passes issued and deleted from/ });
    const [header, alex, adele] = within(table).getAllByRole('row');
    expect(within(header!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Time', 'Event', 'Person', 'Done by', 'Source']);
    expect(within(alex!).getByText('Deleted')).toBeTruthy();
    expect(within(alex!).getByText('App: Offboarding flow')).toBeTruthy();
    // The admin marker is words on a badge, not a colour alone.
    expect(within(alex!).getByText('Admin role')).toBeTruthy();
    expect(within(alex!).getByText('Entra audit log')).toBeTruthy();
    expect(within(alex!).queryByText('This desk')).toBeNull();
    expect(within(adele!).getByText(formatLocal('2030-05-02T10:00:00Z'))).toBeTruthy();
    expect(within(adele!).getByText('Issued')).toBeTruthy();
    expect(within(adele!).getByText('Tess Technician')).toBeTruthy();
    expect(within(adele!).getByText('This desk')).toBeTruthy();
    expect(within(adele!).queryByText('Admin role')).toBeNull();
    expect(screen.getByText('2 events in this range.')).toBeTruthy();
  });

  it('sends the range and filters as typed', async () => {
    const api = installFakeApi();
    api.tenantPasses.mockResolvedValue(passes());
    const user = await openTenantView(api);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2030-05-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2030-05-03' } });
    await user.type(screen.getByRole('textbox', { name: 'Person' }), ' adele ');
    await user.type(screen.getByRole('textbox', { name: 'Done by' }), 'tess{Enter}');
    expect(api.tenantPasses).toHaveBeenLastCalledWith({
      from: toIsoWithOffset(new Date(2030, 4, 1)),
      to: lastSecondOf(new Date(2030, 4, 3)),
      person: 'adele',
      technician: 'tess',
    });
  });

  it('refuses more than 31 days, or an end before the start, without asking main', async () => {
    const api = installFakeApi();
    api.tenantPasses.mockResolvedValue(passes());
    const user = await openTenantView(api);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2030-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2030-04-01' } });
    expect(screen.getByText('Choose at most 31 days')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(api.tenantPasses).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2030-02-27' } });
    expect(screen.getByText('The end must not be before the start')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2030-03-31' } });
    expect(queryShown(/^Choose at most/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(api.tenantPasses).toHaveBeenCalledTimes(2);
  });

  it('explains the missing consent, asks for it, then reads the same range again', async () => {
    const api = installFakeApi();
    api.tenantPasses.mockResolvedValueOnce(passes({ auditLog: 'consent_required', events: [tenantEvent('d1', { sources: ['desk'] })] }));
    api.tenantPasses.mockResolvedValue(passes());
    const user = await openTenantView(api);
    expect(await findShown('Reading Entra’s audit log needs your consent')).toBeTruthy();
    expect(screen.getByText(/needs the AuditLog\.Read\.All permission/)).toBeTruthy();
    expect(screen.getByText('This desk')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Grant access and reload' }));
    expect(api.consentToAuditLog).toHaveBeenCalledOnce();
    await waitFor(() => expect(api.tenantPasses).toHaveBeenCalledTimes(2));
    expect(api.tenantPasses.mock.calls[1]).toEqual(api.tenantPasses.mock.calls[0]);
    await waitFor(() => expect(queryShown('Reading Entra’s audit log needs your consent')).toBeNull());
  });

  it('names the reader roles when the technician lacks one, and still shows this desk’s entries', async () => {
    const api = installFakeApi();
    api.tenantPasses.mockResolvedValue(passes({ auditLog: 'role_required', events: [tenantEvent('d1', { sources: ['desk'] })] }));
    await openTenantView(api);
    expect(await findShown('Your role cannot read Entra’s audit log')).toBeTruthy();
    expect(screen.getByText(/one of these roles: Reports Reader, Security Reader or Global Reader\./)).toBeTruthy();
    expect(within(screen.getByRole('table')).getByText('This desk')).toBeTruthy();
  });

  it('says to narrow the range when the audit log had more than one answer holds', async () => {
    const api = installFakeApi();
    api.tenantPasses.mockResolvedValue(passes({ truncated: true }));
    await openTenantView(api);
    expect(await findShown('Not all events are shown')).toBeTruthy();
    expect(screen.getByText(/Narrow the range, or filter by person or by who did it\./)).toBeTruthy();
  });

  it('exports the view or this desk’s journal for the same range and filters, and says where it went', async () => {
    const api = installFakeApi();
    api.tenantPasses.mockResolvedValue(passes());
    api.exportJournal.mockResolvedValueOnce(ok({ savedTo: '/home/tech/passes.csv', rows: 12 }));
    api.exportJournal.mockResolvedValueOnce(ok({ savedTo: null, rows: 0 }));
    const user = await openTenantView(api);
    await user.type(screen.getByRole('textbox', { name: 'Person' }), 'alex{Enter}');
    const query = api.tenantPasses.mock.calls.at(-1)![0];

    await user.click(await screen.findByRole('button', { name: 'Export this view as CSV' }));
    expect(api.exportJournal).toHaveBeenLastCalledWith({ ...query, scope: 'tenant' });
    expect(await findShown('12 rows saved to /home/tech/passes.csv')).toBeTruthy();

    // Cancelled in the save dialog: nothing is said.
    await user.click(screen.getByRole('button', { name: 'Export this desk’s journal as CSV' }));
    expect(api.exportJournal).toHaveBeenLastCalledWith({ ...query, scope: 'desk' });
    await waitFor(() => expect(queryShown(/saved to/)).toBeNull());
  });
});
