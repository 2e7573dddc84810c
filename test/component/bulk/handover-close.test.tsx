import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resetBulk, useBulkStore } from '../../../src/renderer/src/features/bulk/bulk-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { cohortId, installFakeApi, rowResult } from '../fake-api';
import { ada, brian, carla, showResults } from './handover-fixtures';

afterEach(() => resetBulk());

describe('closing a batch', () => {
  it('asks first while passes have not been handed over, keeping the batch as the focused answer', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    showResults([rowResult(ada.line), rowResult(brian.line), rowResult(carla.line, { held: false, handedOver: true })]);

    await user.click(screen.getByRole('button', { name: 'Close batch' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Close this batch?' });
    expect(
      within(dialog).getByText('2 passes have not been handed over. TAP Desk wipes them now: they still work, but nobody can read them out any more.'),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep the batch' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.closeCohort).not.toHaveBeenCalled();
    expect(useBulkStore.getState().step).toBe('results');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close batch' }));

    await user.click(screen.getByRole('button', { name: 'Close batch' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Close this batch?' });
    await user.click(within(dialog).getByRole('button', { name: 'Close and wipe' }));
    expect(api.closeCohort).toHaveBeenCalledWith({ cohortId });
    await waitFor(() => expect(useBulkStore.getState()).toMatchObject({ step: 'source', cohortId: null, run: null, check: null }));
    expect(screen.queryByRole('heading', { name: 'Results' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Who gets a pass' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Cohort onboarding' })));
    expect(useAnnouncerStore.getState().message).toBe('Batch closed. TAP Desk no longer holds any of its passes.');
  });

  it('closes at once when everyone has had their pass', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    showResults([rowResult(ada.line, { held: false, handedOver: true }), rowResult(brian.line, { outcome: 'skipped', pass: null, skippedBecause: 'chosen' })]);
    await user.click(screen.getByRole('button', { name: 'Close batch' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.closeCohort).toHaveBeenCalledWith({ cohortId });
    await waitFor(() => expect(useBulkStore.getState().step).toBe('source'));
  });
});
