import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, type CohortCheck, type CohortProgress, type CohortRun, type Result } from '../../../src/shared';
import { BulkScreen } from '../../../src/renderer/src/features/bulk/bulk-screen';
import { resetBulk, useBulkStore } from '../../../src/renderer/src/features/bulk/bulk-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { cohortCheck, cohortId, cohortProgress, cohortRun, deferred, emitEvent, installFakeApi, rowResult, type FakeApi } from '../fake-api';
import { renderInTheme } from '../render';
import { fourPeople } from './handover-fixtures';

afterEach(() => resetBulk());

const rows = fourPeople.map((row) => ({ line: row.line, key: row.key, keyKind: row.keyKind }));
const announced = () => useAnnouncerStore.getState().message;
const progress = (api: FakeApi, extra: Partial<CohortProgress>) => act(() => emitEvent(api, 'event:bulk-progress', cohortProgress(extra)));

/** A check main has not answered yet, on screen. */
const startChecking = (api: FakeApi) => {
  const answer = deferred<Result<CohortCheck>>();
  api.checkCohort.mockReturnValue(answer.promise);
  renderInTheme(<BulkScreen />);
  act(() => void useBulkStore.getState().checkRows(rows, { kind: 'paste' }));
  return answer;
};

/** A checked cohort being issued, main not done yet. */
const startIssuing = async (api: FakeApi) => {
  const answer = deferred<Result<CohortRun>>();
  api.issueCohort.mockReturnValue(answer.promise);
  renderInTheme(<BulkScreen />);
  await act(() => useBulkStore.getState().checkRows(rows, { kind: 'paste' }));
  act(() => void useBulkStore.getState().issue(rows.map(({ line }) => ({ line, action: 'issue' }))));
  return answer;
};

describe('a check under way', () => {
  it('counts the rows checked with the time left, and reads out only each quarter', async () => {
    const api = installFakeApi();
    const answer = startChecking(api);
    expect(await screen.findByRole('heading', { name: 'Checking the people' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Checking the people' })));
    expect(api.on).toHaveBeenCalledWith('event:bulk-progress', expect.any(Function));

    progress(api, { phase: 'checking', done: 60, total: 250, secondsLeft: 130 });
    const bar = screen.getByRole('progressbar', { name: '60 of 250 checked' });
    expect(bar.getAttribute('aria-valuenow')).toBe('60');
    expect(bar.getAttribute('aria-valuemax')).toBe('250');
    expect(screen.getByText('About 2 minutes left')).toBeTruthy();
    expect(announced()).toBe('');

    progress(api, { phase: 'checking', done: 132, total: 250, secondsLeft: 40 });
    expect(screen.getByRole('progressbar', { name: '132 of 250 checked' })).toBeTruthy();
    expect(screen.getByText('Less than a minute left')).toBeTruthy();
    expect(announced()).toBe('132 of 250 checked');

    progress(api, { phase: 'checking', done: 140, total: 250, secondsLeft: 35 });
    expect(announced()).toBe('132 of 250 checked');

    await act(async () => answer.resolve(ok(cohortCheck(fourPeople))));
    expect(useBulkStore.getState().step).toBe('review');
    expect(announced()).toBe('4 people checked. Review what the check found.');
  });

  it('says when Microsoft asked TAP Desk to wait', async () => {
    const api = installFakeApi();
    startChecking(api);
    progress(api, { phase: 'checking', done: 20, total: 250, throttledSeconds: 12 });
    expect(await screen.findByText('Microsoft asked TAP Desk to wait 12 s.')).toBeTruthy();
    expect(announced()).toBe('Microsoft asked TAP Desk to wait 12 s.');
  });

  it('takes the cohort id from the first progress, so the check can be cancelled', async () => {
    const api = installFakeApi();
    startChecking(api);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Cancel' }).getAttribute('aria-disabled')).toBe('true');
    progress(api, { phase: 'checking', done: 1, total: 4 });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Stop checking?' });
    expect(within(dialog).getByText('Nothing has been issued yet. You can check the list again later.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Stop checking' }));
    expect(api.controlCohortRun).toHaveBeenCalledWith({ cohortId, command: 'cancel' });
  });
});

describe('a run under way', () => {
  it('counts each outcome as it goes', async () => {
    const api = installFakeApi();
    await startIssuing(api);
    expect(await screen.findByRole('heading', { name: 'Issuing passes' })).toBeTruthy();
    progress(api, { done: 46, total: 250, counts: { issued: 40, refused: 2, failed: 1, skipped: 3 }, secondsLeft: 600 });
    expect(screen.getByRole('progressbar', { name: '46 of 250 done' })).toBeTruthy();
    expect(screen.getByText('Issued 40 · refused 2 · failed 1 · skipped 3')).toBeTruthy();
    expect(screen.getByText('About 10 minutes left')).toBeTruthy();
  });

  it('pauses and resumes', async () => {
    const api = installFakeApi();
    await startIssuing(api);
    const user = userEvent.setup();
    progress(api, { done: 10, total: 250 });
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(api.controlCohortRun).toHaveBeenCalledWith({ cohortId, command: 'pause' });
    expect(await screen.findByText('Pausing once the requests already sent are answered…')).toBeTruthy();

    progress(api, { done: 12, total: 250, state: 'paused' });
    expect(screen.getByText('Paused. Nothing new is sent until you resume.')).toBeTruthy();
    expect(announced()).toBe('Paused.');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(api.controlCohortRun).toHaveBeenLastCalledWith({ cohortId, command: 'resume' });
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();

    progress(api, { done: 13, total: 250, state: 'running' });
    expect(screen.queryByText(/Paused/)).toBeNull();
  });

  it('asks before cancelling, with keeping on as the focused answer, then lists what was issued', async () => {
    const api = installFakeApi();
    const answer = await startIssuing(api);
    const user = userEvent.setup();
    progress(api, { done: 2, total: 4, counts: { issued: 2, refused: 0, failed: 0, skipped: 0 } });

    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Stop issuing?' });
    expect(within(dialog).getByText('Passes issued so far stay issued. The people not reached yet get no pass.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep issuing' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.controlCohortRun).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Stop issuing?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stop issuing' }));
    expect(api.controlCohortRun).toHaveBeenCalledWith({ cohortId, command: 'cancel' });
    expect(await screen.findByText('Stopping once the requests already sent are answered…')).toBeTruthy();

    const [first, second, third, fourth] = fourPeople.map((row) => row.line) as [number, number, number, number];
    const cancelled = { outcome: 'skipped' as const, pass: null, skippedBecause: 'cancelled' as const };
    await act(async () =>
      answer.resolve(ok(cohortRun([rowResult(first), rowResult(second), rowResult(third, cancelled), rowResult(fourth, cancelled)], { cancelled: true }))),
    );
    expect(await screen.findByText('Cancelled after 2 of 4: 2 passes issued, 2 not.')).toBeTruthy();
    expect(announced()).toBe('Cancelled after 2 of 4: 2 passes issued, 2 not.');
  });
});
