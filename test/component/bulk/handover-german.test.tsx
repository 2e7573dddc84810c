import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resetBulk } from '../../../src/renderer/src/features/bulk/bulk-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { installFakeApi, rowResult } from '../fake-api';
import { ada, brian, carla, dmitri, showResults } from './handover-fixtures';

afterEach(() => resetBulk());

describe('the results and hand-over in German', () => {
  it('words outcomes, counts, plurals and questions in German', async () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    installFakeApi();
    showResults(
      [
        rowResult(ada.line),
        rowResult(brian.line),
        rowResult(carla.line, { outcome: 'refused', pass: null, error: { code: 'external_guest', reason: null, requestId: null, passState: null } }),
        rowResult(dmitri.line, { outcome: 'skipped', pass: null, skippedBecause: 'cancelled' }),
      ],
      { cancelled: true },
    );
    expect(screen.getByRole('heading', { name: 'Onboarding einer Kohorte' })).toBeTruthy();
    expect(screen.getByText('Abgebrochen nach 3 von 4: 2 Pässe ausgestellt, 2 nicht.')).toBeTruthy();
    expect(screen.getByText('Nicht ausgestellt: Der Lauf wurde abgebrochen, bevor diese Person an der Reihe war.')).toBeTruthy();
    expect(screen.getAllByText('Wartet auf die Übergabe.')).toHaveLength(2);
    expect(screen.getByRole('tab', { name: 'Warteschlange am Schalter (2)' })).toBeTruthy();
    expect(within(screen.getByRole('combobox', { name: 'Anzeigen' })).getByRole('option', { name: 'Abgelehnt (1)' })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Stapel schließen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Diesen Stapel schließen?' });
    expect(within(dialog).getByText(/^2 Pässe wurden noch nicht übergeben\./)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Stapel behalten' }));

    await user.click(screen.getByRole('tab', { name: 'Bogen' }));
    expect(screen.getByText('Der Bogen hat 2 Seiten: ein Beleg pro wartender Person, jeweils in ihrer Sprache.')).toBeTruthy();
  });
});
