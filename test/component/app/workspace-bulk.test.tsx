import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resetBulk, useBulkStore } from '../../../src/renderer/src/features/bulk/bulk-store';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { useCreatePassStore } from '../../../src/renderer/src/features/issuing/create-pass-store';
import { adele, cohortId, cohortRun, installFakeApi, issuedFor, rowResult } from '../fake-api';
import { renderApp } from '../render';
import { ada, allIssued, brian, finishRun } from '../bulk/handover-fixtures';

afterEach(() => resetBulk());

const searchBox = () => screen.findByRole('combobox', { name: 'Find a person' });
const bulkTitle = () => screen.queryByRole('heading', { name: 'Cohort onboarding' });

describe('the bulk screen in the workspace', () => {
  it('opens from the header button, whose description teaches Ctrl+Shift+K, and leaves for the single flow', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await searchBox();
    const button = screen.getByRole('button', { name: 'Cohort' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+K');
    await user.hover(button);
    expect(await screen.findByText('Passes for a group of new hires: check the list, issue and hand over (Ctrl+Shift+K)')).toBeTruthy();
    await user.click(button);
    expect(bulkTitle()).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cohort', pressed: true })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Find a person' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Back to single passes' }));
    expect(await searchBox()).toBeTruthy();
    expect(bulkTitle()).toBeNull();
  });

  it('toggles with Ctrl+Shift+K, keeping an open batch and saying in the header where it stands', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await searchBox();
    await user.keyboard('{Control>}{Shift>}k{/Shift}{/Control}');
    expect(bulkTitle()).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(bulkTitle()));
    finishRun(cohortRun([rowResult(ada.line), rowResult(brian.line, { held: false, handedOver: true })]));
    expect(await screen.findByText('Done: 2 issued · 0 refused · 0 failed · 0 skipped.')).toBeTruthy();

    await user.keyboard('{Control>}{Shift>}k{/Shift}{/Control}');
    expect(await searchBox()).toBeTruthy();
    // A few words keep the header on one row; the description says it in a sentence.
    const button = screen.getByRole('button', { name: 'Cohort · 1 waiting', pressed: false });
    expect(api.closeCohort).not.toHaveBeenCalled();
    await user.hover(button);
    expect(await screen.findByText('1 person is waiting for their pass (Ctrl+Shift+K)')).toBeTruthy();

    await user.click(button);
    expect(await screen.findByText('Done: 2 issued · 0 refused · 0 failed · 0 skipped.')).toBeTruthy();
  });

  it('is not offered while a single pass is being created or on screen', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await searchBox();
    act(() => useCreatePassStore.setState({ creating: true }));
    expect(screen.getByRole('button', { name: 'Cohort' }).getAttribute('aria-disabled')).toBe('true');
    act(() => useCreatePassStore.setState({ creating: false }));
    act(() => useHandoffStore.getState().start(issuedFor(adele.id), adele.displayName, []));
    expect(screen.getByRole('button', { name: 'Cohort' }).getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Control>}{Shift>}k{/Shift}{/Control}');
    expect(bulkTitle()).toBeNull();
    expect(useBulkStore.getState().shown).toBe(false);
  });

  it('opens a person’s card from the results in the single flow, the batch still open', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await searchBox();
    await user.click(screen.getByRole('button', { name: 'Cohort' }));
    finishRun(
      cohortRun([rowResult(ada.line, { outcome: 'failed', pass: null, error: { code: 'timeout', reason: null, requestId: null, passState: { outcome: 'pending', previousPass: 'none' } } })]),
    );
    await user.click(await screen.findByRole('button', { name: 'Open card for Ada Lovelace' }));
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: ada.person!.id });
    expect(bulkTitle()).toBeNull();
    expect(useBulkStore.getState().cohortId).toBe(cohortId);
  });

  it('forgets the batch at sign-out, and main wipes its passes', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await searchBox();
    await user.click(screen.getByRole('button', { name: 'Cohort' }));
    finishRun(cohortRun(allIssued()));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(api.closeCohort).toHaveBeenCalledWith({ cohortId }));
    expect(useBulkStore.getState()).toMatchObject({ shown: false, step: 'source', cohortId: null, run: null });
  });
});
