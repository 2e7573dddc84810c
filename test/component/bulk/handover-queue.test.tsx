import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appError, err, ok } from '../../../src/shared';
import { BulkScreen } from '../../../src/renderer/src/features/bulk/bulk-screen';
import { resetBulk, useBulkStore } from '../../../src/renderer/src/features/bulk/bulk-store';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { cohortId, cohortRun, installFakeApi, issuedFor, rowResult } from '../fake-api';
import { renderApp, renderInTheme } from '../render';
import { ada, allIssued, brian, carla, dmitri, finishRun, fourPeople } from './handover-fixtures';

afterEach(() => resetBulk());

const queueBox = () => screen.findByRole('combobox', { name: 'Person to hand over' });
const waitingNames = () => within(screen.getByRole('listbox', { name: 'People waiting for their pass' })).getAllByRole('option').map((option) => option.textContent);

/** The workspace with the bulk screen open on a finished run, at its desk queue. */
const openQueue = async () => {
  const api = installFakeApi();
  const user = userEvent.setup();
  renderApp();
  await screen.findByRole('combobox', { name: 'Find a person' });
  await user.click(screen.getByRole('button', { name: 'Cohort' }));
  expect(await screen.findByRole('heading', { name: 'Cohort onboarding' })).toBeTruthy();
  finishRun(cohortRun(allIssued()));
  await user.click(await screen.findByRole('tab', { name: 'Desk queue (4)' }));
  return { api, user, box: await queueBox() };
};

describe('the desk queue', () => {
  it('finds a person by part of their name and shows their pass on the handoff screen; Next person comes back', async () => {
    const { api, user, box } = await openQueue();
    api.handOverFromCohort.mockResolvedValue(ok(issuedFor(brian.person!.id, { id: 'pass-3', temporaryAccessPass: 'Brian-Pass-42' })));
    expect(waitingNames()).toEqual([expect.stringContaining('Ada Lovelace'), expect.stringContaining('Brian Kernighan'), expect.stringContaining('Carla Bruni'), expect.stringContaining('Dmitri Mendeleev')]);
    expect(screen.getByText('4 people waiting for their pass.')).toBeTruthy();

    await user.type(box, 'kern');
    expect(waitingNames()).toEqual([expect.stringContaining('Brian Kernighan')]);
    await user.keyboard('{Enter}');
    expect(api.handOverFromCohort).toHaveBeenCalledWith({ cohortId, line: brian.line });
    expect(await screen.findByRole('heading', { name: 'Pass for Brian Kernighan' })).toBeTruthy();
    expect(screen.getByLabelText('Temporary Access Pass').textContent).toBe('Brian-Pass-42');
    expect(screen.getByRole('button', { name: 'Cohort · 3 waiting' }).getAttribute('aria-disabled')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Next person' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    const back = await queueBox();
    await waitFor(() => expect(document.activeElement).toBe(back));
    expect((back as HTMLInputElement).value).toBe('');
    expect(waitingNames()).toHaveLength(3);
    expect(screen.queryByText('Brian Kernighan', { selector: '[role="option"] *' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Desk queue (3)', selected: true })).toBeTruthy();
    expect(useHandoffStore.getState()).toMatchObject({ handoff: null, secret: null });
    expect(api.forgetPass).toHaveBeenCalledWith({ passId: 'pass-3' });
    expect(document.body.textContent).not.toContain('Brian-Pass-42');
    expect(api.closeCohort).not.toHaveBeenCalled();
  });

  it('picks with the arrow keys', async () => {
    const { api, user, box } = await openQueue();
    await user.click(box);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    const active = screen.getByRole('option', { selected: true });
    expect(active.textContent).toContain('Carla Bruni');
    expect((await queueBox()).getAttribute('aria-activedescendant')).toBe(active.id);
    await user.keyboard('{Enter}');
    expect(api.handOverFromCohort).toHaveBeenCalledWith({ cohortId, line: carla.line });
  });

  it('says when a pass is no longer held, and drops the person from the queue', async () => {
    const { api, user, box } = await openQueue();
    api.handOverFromCohort.mockResolvedValue(err(appError('validation', 'Not held.', { reason: 'cohort_pass_wiped' })));
    await user.click(box);
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/TAP Desk no longer holds this person’s pass/)).toBeTruthy();
    expect(waitingNames()).not.toContainEqual(expect.stringContaining('Ada Lovelace'));
    expect(useHandoffStore.getState().handoff).toBeNull();
  });

  it('treats every pass as gone once the batch’s time runs out, and says so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const api = installFakeApi();
    const heldUntil = new Date(Date.now() + 10 * 60_000).toISOString();
    api.issueCohort.mockResolvedValue(ok(cohortRun([rowResult(ada.line), rowResult(brian.line, { handedOver: true, held: false }), rowResult(carla.line), rowResult(dmitri.line)], { heldUntil })));
    renderInTheme(<BulkScreen />);
    await act(() => useBulkStore.getState().checkRows(fourPeople.map(({ line, key, keyKind }) => ({ line, key, keyKind })), { kind: 'paste' }));
    await act(() => useBulkStore.getState().issue(fourPeople.map(({ line }) => ({ line, action: 'issue' }))));
    expect(screen.getByText(/TAP Desk holds the passes not yet handed over until .* \(10 minutes left\), then wipes them\./)).toBeTruthy();

    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(screen.getByText(/The time for this batch ran out: TAP Desk wiped the passes it still held/)).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toMatch(/^The time for this batch ran out/);
    act(() => useBulkStore.getState().setView('queue'));
    expect(screen.getByText('Nobody is waiting: every pass the batch held has been handed over or wiped.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Desk queue (0)' })).toBeTruthy();
  });
});
