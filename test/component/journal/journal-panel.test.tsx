import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appError, err, ok, type DeskPassStatus, type JournalIntegrity, type JournalRecord } from '../../../src/shared';
import { formatLocal, formatTimeOfDay, toIsoWithOffset } from '../../../src/renderer/src/format/date-time';
import { JournalPanel } from '../../../src/renderer/src/features/journal/journal-panel';
import { useJournalViewStore } from '../../../src/renderer/src/features/journal/journal-view-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { installFakeApi, signedIn, type FakeApi } from '../fake-api';
import { renderInTheme } from '../render';
import { adelePerson, alexPerson, meganPerson, record, status, today } from './journal-fixtures';

const intact: JournalIntegrity = { state: 'intact', since: '2030-04-01T08:00:00Z', entries: 12, sealed: true };

const answer = (entries: JournalRecord[], integrity: JournalIntegrity = intact) => ok({ entries, integrity, writeProblem: null });

const startOfToday = () => {
  const date = new Date();
  date.setHours(0, 0, 0, 0);
  return toIsoWithOffset(date);
};

const renderPanel = (api: FakeApi, props: { canOpenCard?: boolean } = {}) => {
  const onOpenCard = vi.fn();
  const onRevoked = vi.fn();
  useSessionStore.setState({ status: 'ready', session: signedIn });
  useJournalViewStore.setState({ open: true, tab: 'today' });
  renderInTheme(<JournalPanel onOpenCard={onOpenCard} canOpenCard={props.canOpenCard ?? true} onRevoked={onRevoked} />);
  return { api, onOpenCard, onRevoked };
};

// Found whatever happy-dom's focus leaves of Fluent's modal layers after a nested dialog closes (Chromium checks them with axe).
const passItems = () => Array.from(screen.getByRole('list', { name: 'Passes issued today, newest first', hidden: true }).children) as HTMLElement[];
const itemFor = (name: string) => passItems().find((item) => item.textContent?.includes(name))!;

let visibility: DocumentVisibilityState = 'visible';
const setVisibility = (next: DocumentVisibilityState) => {
  visibility = next;
  document.dispatchEvent(new Event('visibilitychange'));
};

afterEach(() => {
  visibility = 'visible';
  vi.restoreAllMocks();
});

describe('journal panel: today at this desk', () => {
  it('lists every pass issued today, newest first, with its options, technician and live status from one call', async () => {
    const api = installFakeApi();
    const later = today(14);
    api.journalToday.mockResolvedValue(
      answer([
        record(4, { person: alexPerson, passId: 'pass-4', at: today(10, 30), options: { lifetimeInMinutes: 60, isUsableOnce: false, startDateTime: later } }),
        record(3, { action: 'refused', passId: null, options: null, error: { code: 'privileged_target', requestId: 'req-42' } }),
        record(2, { person: meganPerson, action: 'replaced', passId: 'pass-2', replacedPassId: 'pass-0', options: { lifetimeInMinutes: null, isUsableOnce: null, startDateTime: null } }),
        record(1, { passId: 'pass-1' }),
      ]),
    );
    api.passStatuses.mockResolvedValue(
      ok([
        status('pass-4', 'alex', 'waiting', { expiresAt: today(15) }),
        status('pass-2', 'megan', 'method_registered', {
          newMethods: [{ id: 'm1', type: 'microsoftAuthenticatorAuthenticationMethod', label: 'Microsoft Authenticator', device: 'iPhone 15' }],
        }),
        status('pass-1', 'adele', 'used'),
      ]),
    );
    renderPanel(api);

    await screen.findByText('3 passes issued at this desk today.');
    expect(api.journalToday).toHaveBeenCalledWith({ since: startOfToday() });
    await waitFor(() => expect(itemFor('Adele Vance').textContent).toContain('Used'));
    expect(api.passStatuses).toHaveBeenCalledOnce();
    expect(api.passStatuses).toHaveBeenCalledWith({
      passes: [
        { userId: 'alex', passId: 'pass-4' },
        { userId: 'megan', passId: 'pass-2' },
        { userId: 'adele', passId: 'pass-1' },
      ],
    });
    expect(passItems().map((item) => item.querySelector('[translate="no"]')?.textContent)).toEqual([
      'Alex Wilberalex@contoso.com',
      'Megan Bowenmegan@contoso.com',
      'Adele Vanceadele@contoso.com',
    ]);

    const alex = within(itemFor('Alex Wilber'));
    expect(alex.getByText(`Issued ${formatTimeOfDay(today(10, 30))}`)).toBeTruthy();
    expect(alex.getByText('Valid for 1 hour')).toBeTruthy();
    expect(alex.getByText('Multi-use')).toBeTruthy();
    expect(alex.getByText(`Starts ${formatLocal(later)}`)).toBeTruthy();
    expect(alex.getByText('By tess@contoso.com')).toBeTruthy();
    expect(alex.getByText('Waiting for first sign-in')).toBeTruthy();
    expect(alex.getByText(`Works until ${formatLocal(today(15))}`)).toBeTruthy();

    const megan = within(itemFor('Megan Bowen'));
    expect(megan.getByText(`Issued ${formatTimeOfDay(today(9, 2))} in place of an earlier pass`)).toBeTruthy();
    expect(megan.getByText('Policy’s default lifetime')).toBeTruthy();
    expect(megan.getByText('New method registered')).toBeTruthy();
    expect(megan.getByText('New: Microsoft Authenticator · iPhone 15')).toBeTruthy();

    const setbacks = within(screen.getByRole('region', { name: 'Refused, failed and revoked today' }));
    expect(setbacks.getByText('Issuing a pass was refused')).toBeTruthy();
    expect(setbacks.getByText(/This person holds an administrator role\./)).toBeTruthy();
    expect(setbacks.getByText(/Request ID: req-42/)).toBeTruthy();
  });

  it.each<[DeskPassStatus['phase'], string]>([
    ['waiting', 'Waiting for first sign-in'],
    ['not_yet_valid', 'Not yet valid'],
    ['used', 'Used'],
    ['method_registered', 'New method registered'],
    ['expired', 'Expired'],
    ['disabled', 'Disabled by policy'],
    ['revoked', 'Revoked'],
    ['removed', 'Removed outside this desk'],
    ['replaced', 'Replaced by a newer pass'],
    ['unknown', 'Status unknown'],
  ])('words the %s phase on the pass, with revoking offered only while the pass may still work', async (phase, words) => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(answer([record(1)]));
    api.passStatuses.mockResolvedValue(ok([status('pass-1', 'adele', phase)]));
    renderPanel(api);
    expect(await within(await screen.findByRole('list', { name: 'Passes issued today, newest first' })).findByText(words)).toBeTruthy();
    // A one-time pass signed in with (used) opens nothing any more, like an expired one.
    const ended = ['used', 'expired', 'revoked', 'removed', 'replaced'].includes(phase);
    expect(screen.getByRole('button', { name: 'Revoke pass for Adele Vance' }).getAttribute('aria-disabled')).toBe(ended ? 'true' : null);
  });

  it('shows the day’s cohort with how its rows ended, and marks its passes', async () => {
    const api = installFakeApi();
    const cohort = { id: '0b7a2f7e-5d0c-4c1e-9a53-3f0f7c1d2e4a', size: 3 };
    api.journalToday.mockResolvedValue(
      answer([
        record(5, { person: alexPerson, passId: 'pass-5', at: today(11) }),
        record(4, { person: meganPerson, action: 'refused', passId: null, error: { code: 'external_guest', requestId: null }, cohort, at: today(10, 2) }),
        record(3, { person: alexPerson, action: 'replaced', passId: 'pass-3', replacedPassId: 'pass-0', cohort, at: today(10, 1) }),
        record(2, { passId: 'pass-2', cohort, at: today(10) }),
      ]),
    );
    api.passStatuses.mockResolvedValue(ok([]));
    renderPanel(api);

    const cohorts = await screen.findByRole('list', { name: 'Cohorts issued today' });
    expect(cohorts.textContent).toBe(`Cohort started at ${formatTimeOfDay(today(10))}: 2 passes issued, 1 refused, 0 failed, of 3 people`);
    expect(itemFor('Adele Vance').textContent).toContain(`Part of the cohort started at ${formatTimeOfDay(today(10))}`);
    expect(passItems()[0]!.textContent).not.toContain('Part of the cohort');
  });

  it('asks every minute while the window is visible, and nothing while it is hidden', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    vi.useFakeTimers();
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(answer([record(1)]));
    api.passStatuses.mockResolvedValue(ok([status('pass-1', 'adele', 'waiting')]));
    renderPanel(api);
    await act(async () => undefined);
    expect(api.passStatuses).toHaveBeenCalledTimes(1);

    await act(async () => vi.advanceTimersByTime(59_000));
    expect(api.passStatuses).toHaveBeenCalledTimes(1);
    await act(async () => vi.advanceTimersByTime(1_000));
    expect(api.passStatuses).toHaveBeenCalledTimes(2);

    act(() => setVisibility('hidden'));
    await act(async () => vi.advanceTimersByTime(5 * 60_000));
    expect(api.passStatuses).toHaveBeenCalledTimes(2);
    expect(api.journalToday).toHaveBeenCalledTimes(2);

    // Back in view after more than a minute: the statuses are out of date, so it asks at once.
    await act(async () => setVisibility('visible'));
    await act(async () => vi.advanceTimersByTime(0));
    expect(api.passStatuses).toHaveBeenCalledTimes(3);
  });

  it('waits at least as long as Graph asked when it is throttled', async () => {
    vi.useFakeTimers();
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(answer([record(1)]));
    api.passStatuses.mockResolvedValueOnce(err(appError('throttled', 'Too many requests.', { retryAfterSeconds: 300 })));
    api.passStatuses.mockResolvedValue(ok([status('pass-1', 'adele', 'used')]));
    renderPanel(api);
    await act(async () => undefined);
    expect(api.passStatuses).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Microsoft Graph is busy and asked TAP Desk to slow down.')).toBeTruthy();

    await act(async () => vi.advanceTimersByTime(299_000));
    expect(api.passStatuses).toHaveBeenCalledTimes(1);
    await act(async () => vi.advanceTimersByTime(1_000));
    expect(api.passStatuses).toHaveBeenCalledTimes(2);
    expect(within(itemFor('Adele Vance')).getByText('Used')).toBeTruthy();
  });

  it('revokes after asking, with the safe answer focused, then reads the statuses again at once', async () => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(answer([record(1)]));
    api.passStatuses.mockResolvedValueOnce(ok([status('pass-1', 'adele', 'waiting')]));
    api.passStatuses.mockResolvedValue(ok([status('pass-1', 'adele', 'revoked')]));
    const { onRevoked } = renderPanel(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke pass for Adele Vance' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke the pass?' });
    expect(within(dialog).getByText('Revoke the pass for Adele Vance? It stops working immediately.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
    expect(api.revokePass).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Revoke the pass?' })).toBeNull());
    expect(api.revokePass).toHaveBeenCalledWith({ userId: 'adele', passId: 'pass-1' });
    expect(api.passStatuses).toHaveBeenCalledTimes(2);
    expect(within(itemFor('Adele Vance')).getByText('Revoked')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('Pass revoked for Adele Vance. It no longer works.');
    expect(onRevoked).toHaveBeenCalledWith('adele');
  });

  it('keeps the question open with the reason when revoking fails', async () => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(answer([record(1)]));
    api.revokePass.mockResolvedValue(err(appError('network', 'offline')));
    renderPanel(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke pass for Adele Vance' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke the pass?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await within(dialog).findByText("TAP Desk can't reach Microsoft.")).toBeTruthy();
    expect(api.passStatuses).toHaveBeenCalledTimes(1);
  });

  it('hands the person to the workspace with Open card, and closes', async () => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(answer([record(1)]));
    const { onOpenCard } = renderPanel(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open card for Adele Vance' }));
    expect(onOpenCard).toHaveBeenCalledWith(adelePerson);
    expect(useJournalViewStore.getState().open).toBe(false);
  });
});

describe('journal panel: integrity', () => {
  const show = async (integrity: JournalIntegrity) => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(answer([], integrity));
    renderPanel(api);
    await screen.findByText('No passes issued at this desk today.');
  };

  it('says since when the journal is intact', async () => {
    await show(intact);
    expect(screen.getByText(`Journal intact since ${formatLocal(intact.since)}: 12 entries checked.`)).toBeTruthy();
    expect(screen.queryByText(/^Not sealed/)).toBeNull();
  });

  it('says when the journal is not sealed, and why', async () => {
    await show({ ...intact, sealed: false });
    expect(screen.getByText(/^Not sealed: this computer has no secure storage/)).toBeTruthy();
  });

  it('names the altered entry by month file and line, how far it is intact, and what to do', async () => {
    await show({ state: 'broken', problem: 'altered', month: '2030-04', line: 17, expectedSeq: 230, intactUntil: '2030-04-12T10:00:00Z' });
    expect(screen.getByText('The desk journal has been changed or damaged.')).toBeTruthy();
    expect(screen.getByText('The entry on line 17 of the month file 2030-04 was altered.')).toBeTruthy();
    expect(screen.getByText(`Entries up to ${formatLocal('2030-04-12T10:00:00Z')} are intact.`)).toBeTruthy();
    expect(screen.getByText('Expected entry number: 230')).toBeTruthy();
    expect(screen.getByText(/^Tell IT security\. TAP Desk keeps the file exactly as it is/)).toBeTruthy();
  });

  it('says a month file was cut off after its last line, and a missing seal', async () => {
    await show({ state: 'broken', problem: 'truncated', month: '2030-05', line: null, expectedSeq: null, intactUntil: null });
    expect(screen.getByText('The month file 2030-05 is cut off after its last line.')).toBeTruthy();
    expect(screen.getByText('No entry could be confirmed as intact.')).toBeTruthy();
  });
});
