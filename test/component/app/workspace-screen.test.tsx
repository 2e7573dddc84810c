import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMinutes, formatLocal } from '../../../src/renderer/src/format/date-time';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { useSearchStore } from '../../../src/renderer/src/features/people/search-store';
import { useSelectionStore } from '../../../src/renderer/src/features/issuing/selection-store';
import { installFakeApi } from '../fake-api';
import { renderApp } from '../render';

const secret = 'Kq7#mP0x';
const consoleMethods = ['log', 'info', 'debug', 'warn', 'error'] as const;

/** Sign in is done; type a name, Enter, Enter: the pass is on screen. */
const issueForAdele = async () => {
  const api = installFakeApi();
  const spies = consoleMethods.map((method) => vi.spyOn(console, method));
  const user = userEvent.setup();
  renderApp();
  await user.type(await screen.findByRole('combobox', { name: 'Find a person' }), 'adele{Enter}');
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Create pass'));
  await user.keyboard('{Enter}');
  const pass = await screen.findByLabelText('Temporary Access Pass');
  return { api, user, pass, spies };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pass display', () => {
  it('shows the pass large, with the person and its validity, and focuses Next person', async () => {
    const { pass } = await issueForAdele();
    expect(pass.textContent).toBe(secret);
    expect(screen.getByRole('heading', { name: 'Pass for Adele Vance' })).toBeTruthy();
    expect(screen.getAllByText(formatLocal('2030-05-01T09:00:00Z'))).toHaveLength(2);
    expect(screen.getByText(formatLocal(addMinutes('2030-05-01T09:00:00Z', 120)))).toBeTruthy();
    expect(screen.getByText('Multi-use')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next person' }));
    expect(parseFloat(getComputedStyle(pass).fontSize)).toBeGreaterThanOrEqual(40);
    expect(getComputedStyle(pass).fontFamily).toMatch(/mono/i);
    expect(screen.getByRole('status', { hidden: false }).textContent).toBe('Pass created for Adele Vance.');
  });

  it('keeps the pass out of the window title and the console', async () => {
    const { spies } = await issueForAdele();
    expect(document.title).not.toContain(secret);
    for (const spy of spies) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain(secret);
    }
  });

  it('Next person asks first, then forgets the pass and returns to an empty, focused search box', async () => {
    const { user, api } = await issueForAdele();
    await user.keyboard('{Enter}');
    const ask = await screen.findByRole('alertdialog');
    expect(useHandoffStore.getState().secret).toBe(secret);
    await user.click(within(ask).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByLabelText('Temporary Access Pass')).toBeNull();
    expect(useHandoffStore.getState()).toMatchObject({ handoff: null, secret: null });
    expect(useSelectionStore.getState().user).toBeNull();
    expect(useSearchStore.getState().results).toEqual([]);
    const search = screen.getByRole('combobox', { name: 'Find a person' }) as HTMLInputElement;
    expect(search.value).toBe('');
    expect(document.activeElement).toBe(search);
    expect(document.body.textContent).not.toContain(secret);
    expect(api.setPassVisible).toHaveBeenLastCalledWith({ visible: false });
  });

  it('Escape only hides the pass: it can be shown again, nothing is discarded', async () => {
    const { user } = await issueForAdele();
    await user.keyboard('{Escape}');
    expect(useHandoffStore.getState().secret).toBe(secret);
    expect(screen.getByLabelText('Temporary Access Pass').textContent).toBe('Hidden');
    expect(screen.queryByRole('combobox', { name: 'Find a person' })).toBeNull();
  });

  it('keeps the pass when Escape is pressed outside the pass view', async () => {
    const { user } = await issueForAdele();
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Escape}');
    expect(useHandoffStore.getState().secret).toBe(secret);
  });

  it('takes the methods known at lookup as the ones the person already had', async () => {
    await issueForAdele();
    expect(useHandoffStore.getState().handoff?.methodsAtIssue).toEqual([]);
  });
});
