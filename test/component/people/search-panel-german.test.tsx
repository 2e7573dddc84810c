import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../src/shared';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { SearchPanel } from '../../../src/renderer/src/features/people/search-panel';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { adele, installFakeApi, person } from '../fake-api';
import { findShown, renderInTheme } from '../render';

const inGerman = () => usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });

describe('search in German', () => {
  it('labels the box and the results, counts people in the plural and marks them as data', async () => {
    inGerman();
    const api = installFakeApi();
    api.searchUsers.mockResolvedValue(ok({ users: [adele, person('gina', 'Gina Guest', { userType: 'Guest', accountEnabled: false })] }));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    expect(screen.getByRole('heading', { name: 'Suche' })).toBeTruthy();
    await user.type(screen.getByRole('combobox', { name: 'Person suchen' }), 'a');
    const list = await screen.findByRole('listbox', { name: 'Suchergebnisse' });
    expect(list.textContent).toContain('Gast');
    expect(list.textContent).toContain('Deaktiviert');
    expect(screen.getByText('adele@contoso.com').closest('[translate="no"]')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('2 Personen gefunden für a.');
  });

  it('says when no one matches, with German quotation marks', async () => {
    inGerman();
    const api = installFakeApi();
    api.searchUsers.mockResolvedValue(ok({ users: [] }));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(screen.getByRole('combobox', { name: 'Person suchen' }), 'zz');
    expect(await findShown('Niemand gefunden für „zz“.')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('Niemand gefunden für zz.');
  });
});
