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

  it('counts a long result in German figures, hints to refine and offers more', async () => {
    inGerman();
    const api = installFakeApi();
    const first = Array.from({ length: 15 }, (_, index) => person(`m${index}`, `Max Müller ${index}`));
    api.searchUsers
      .mockResolvedValueOnce(ok({ users: first, total: 1234, hasMore: true, more: '3b1f0c52-7d4e-4a8b-9c6d-2e5f1a0b3c4d' }))
      .mockResolvedValueOnce(ok({ users: [person('m15', 'Max Müller 15')], total: 1234, hasMore: false }));
    const user = userEvent.setup();
    renderInTheme(<SearchPanel />);
    await user.type(screen.getByRole('combobox', { name: 'Person suchen' }), 'max');
    expect(await findShown('15 von 1.234 Personen gefunden')).toBeTruthy();
    expect(await findShown('Viele Personen entsprechen der Suche: Geben Sie mehr vom Namen oder den Anmeldenamen ein.')).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe(
      '15 von 1.234 Personen gefunden für max. Viele Personen entsprechen der Suche: Geben Sie mehr vom Namen oder den Anmeldenamen ein.',
    );
    await user.click(screen.getByRole('button', { name: 'Weitere anzeigen' }));
    expect(await findShown('16 Personen gefunden')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Weitere anzeigen' })).toBeNull();
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
