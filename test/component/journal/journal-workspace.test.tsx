import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok, type JournalWriteProblem } from '../../../src/shared';
import { formatLocal } from '../../../src/renderer/src/format/date-time';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { adele, installFakeApi, issuedFor, type FakeApi } from '../fake-api';
import { findShown, queryShown, renderApp } from '../render';
import { alexPerson, meganPerson, record } from './journal-fixtures';

const searchBox = () => screen.findByRole('combobox', { name: 'Find a person' });
const journalDialog = () => screen.queryByRole('dialog', { name: 'Desk journal', hidden: true });

const emit = (api: FakeApi, problem: JournalWriteProblem) => {
  const listener = api.on.mock.calls.find(([event]) => event === 'event:journal-problem')?.[1];
  if (!listener) throw new Error('Nobody listens for journal problems.');
  act(() => listener(problem));
};

describe('the journal in the workspace', () => {
  it('opens with Ctrl+J from the search box, and Escape closes it and returns there', async () => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(ok({ entries: [record(1)], integrity: { state: 'empty' }, writeProblem: null }));
    const user = userEvent.setup();
    renderApp();
    const box = await searchBox();
    await waitFor(() => expect(document.activeElement).toBe(box));
    await user.keyboard('{Control>}j{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Desk journal' });
    expect(within(dialog).getByRole('tab', { name: 'Today at this desk', selected: true })).toBeTruthy();
    expect(await within(dialog).findByText('1 pass issued at this desk today.')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(journalDialog()).toBeNull());
    expect(document.activeElement).toBe(box);
  });

  it('opens from the header button, whose description teaches the shortcut', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    const button = await screen.findByRole('button', { name: 'Journal' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+J');
    await user.hover(button);
    expect(await screen.findByText('Today at this desk, the passes in this tenant and the daily report (Ctrl+J)')).toBeTruthy();
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Desk journal' })).toBeTruthy();
  });

  it('opens the card of a person from the journal, as picking them in the search does', async () => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(ok({ entries: [record(1, { person: { id: adele.id, userPrincipalName: adele.userPrincipalName, displayName: adele.displayName } })], integrity: { state: 'empty' }, writeProblem: null }));
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Journal' }));
    await user.click(await screen.findByRole('button', { name: 'Open card for Adele Vance' }));
    await waitFor(() => expect(journalDialog()).toBeNull());
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: adele.id });
    expect(await screen.findByRole('heading', { name: 'Adele Vance' })).toBeTruthy();
  });

  it('reaches today’s people from the empty search box with Down arrow, brought up to date as the list opens', async () => {
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(ok({ entries: [record(1, { person: alexPerson })], integrity: { state: 'empty' }, writeProblem: null }));
    const user = userEvent.setup();
    renderApp();
    const box = await searchBox();
    await waitFor(() => expect(api.journalToday).toHaveBeenCalledTimes(1));
    api.journalToday.mockResolvedValue(ok({ entries: [record(2, { person: meganPerson }), record(1, { person: alexPerson })], integrity: { state: 'empty' }, writeProblem: null }));
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    const list = await screen.findByRole('listbox', { name: 'Recent today' });
    await waitFor(() => expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringContaining('Megan Bowen'), expect.stringContaining('Alex Wilber')]));
    await user.keyboard('{Enter}');
    expect(api.prepareTap).toHaveBeenCalledWith({ userId: meganPerson.id });
  });

  it('stays closed while a pass is on screen', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await searchBox();
    act(() => useHandoffStore.getState().start(issuedFor(adele.id), adele.displayName, []));
    expect(screen.getByRole('button', { name: 'Journal' }).getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Control>}j{/Control}');
    expect(journalDialog()).toBeNull();
  });

  it('says in the workspace, until dismissed, that an act was done but could not be recorded', async () => {
    const api = installFakeApi();
    const problem = { at: '2030-05-01T09:15:00Z', action: 'revoked' };
    api.journalToday.mockResolvedValue(ok({ entries: [], integrity: { state: 'empty' }, writeProblem: problem }));
    const user = userEvent.setup();
    renderApp();
    expect(await findShown('The desk journal could not record an act')).toBeTruthy();
    expect(screen.getByText(`A pass was revoked at ${formatLocal(problem.at)}, but the journal has no entry for it.`)).toBeTruthy();
    expect(screen.getByText('The act itself was done. Tell IT security, so that it is on record elsewhere.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(queryShown('The desk journal could not record an act')).toBeNull();
    // The same problem told again is not news; a new one is.
    emit(api, problem);
    expect(queryShown('The desk journal could not record an act')).toBeNull();
    emit(api, { at: '2030-05-01T09:20:00Z', action: 'issued' });
    expect(await findShown(`A pass was issued at ${formatLocal('2030-05-01T09:20:00Z')}, but the journal has no entry for it.`)).toBeTruthy();
  });
});
