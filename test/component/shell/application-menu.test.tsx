import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPreferences, ok, type MenuCommand } from '../../../src/shared';
import { resetBulk, useBulkStore } from '../../../src/renderer/src/features/bulk/bulk-store';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { adele, broadcastEvent, installFakeApi, issuedFor, type FakeApi } from '../fake-api';
import { renderApp } from '../render';

afterEach(() => resetBulk());

const searchBox = () => screen.findByRole('combobox', { name: 'Find a person' });
const journalDialog = () => screen.queryByRole('dialog', { name: 'Desk journal' });
const bulkTitle = () => screen.queryByRole('heading', { name: 'Cohort onboarding' });

/** The technician chooses one of the app's items in the application menu. */
const choose = (api: FakeApi, command: MenuCommand) => act(() => void broadcastEvent(api, 'event:menu-command', { command }));

describe('the app’s commands in the application menu', () => {
  it('Find a person brings the technician back to the search box with its text selected, as Ctrl+F does', async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    renderApp();
    const box = (await searchBox()) as HTMLInputElement;
    await user.type(box, 'adele');
    await user.tab();
    expect(document.activeElement).not.toBe(box);
    choose(api, 'find-person');
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 'adele'.length]);
  });

  it('Desk journal opens the journal and closes it again, as Ctrl+J does', async () => {
    const api = installFakeApi();
    renderApp();
    await searchBox();
    choose(api, 'journal');
    expect(await screen.findByRole('dialog', { name: 'Desk journal' })).toBeTruthy();
    choose(api, 'journal');
    await waitFor(() => expect(journalDialog()).toBeNull());
  });

  it('Cohort opens the bulk screen and leaves it again, as Ctrl+Shift+K does', async () => {
    const api = installFakeApi();
    renderApp();
    await searchBox();
    choose(api, 'cohort');
    expect(bulkTitle()).toBeTruthy();
    choose(api, 'cohort');
    expect(await searchBox()).toBeTruthy();
    expect(bulkTitle()).toBeNull();
  });

  it('opens neither the journal nor the bulk screen while a pass is on screen, as the keys do not', async () => {
    const api = installFakeApi();
    renderApp();
    await searchBox();
    act(() => useHandoffStore.getState().start(issuedFor(adele.id), adele.displayName, []));
    choose(api, 'journal');
    choose(api, 'cohort');
    expect(journalDialog()).toBeNull();
    expect(useBulkStore.getState().shown).toBe(false);
  });
});

describe('the application menu’s words', () => {
  it('are sent to main in English at start', async () => {
    const api = installFakeApi();
    renderApp();
    await searchBox();
    expect(api.setMenuLabels).toHaveBeenLastCalledWith(expect.objectContaining({ file: '&File', findPerson: 'Find a person', journal: 'Desk journal', cohort: 'Cohort', copy: 'Copy' }));
  });

  it('are sent in German when the technician works in German, and again in French when they change it', async () => {
    const api = installFakeApi();
    api.getPreferences.mockResolvedValue(ok({ ...defaultPreferences, language: 'de' }));
    renderApp();
    await screen.findByRole('combobox', { name: 'Person suchen' });
    expect(api.setMenuLabels).toHaveBeenLastCalledWith(
      expect.objectContaining({ file: '&Datei', edit: '&Bearbeiten', findPerson: 'Person suchen', journal: 'Arbeitsplatzprotokoll', cohort: 'Kohorte', quitApp: 'TAP Desk beenden', paste: 'Einfügen' }),
    );
    const calls = api.setMenuLabels.mock.calls.length;
    act(() => usePreferencesStore.setState({ preferences: { ...defaultPreferences, language: 'fr' } }));
    await waitFor(() => expect(api.setMenuLabels).toHaveBeenCalledTimes(calls + 1));
    expect(api.setMenuLabels).toHaveBeenLastCalledWith(expect.objectContaining({ file: '&Fichier', findPerson: 'Rechercher une personne', close: 'Fermer la fenêtre' }));
  });
});
