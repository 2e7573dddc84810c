import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CohortReview, resetReview } from '../../../src/renderer/src/features/bulk/review';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { checkOf, findingRow } from '../../unit/renderer/bulk/finding-row-fixtures';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetReview);

describe('review in German', () => {
  it('words counts, findings, options and the replace question in German, with German plurals', async () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    installFakeApi();
    const check = checkOf([findingRow(2, 'ready'), findingRow(3, 'has_pass'), findingRow(4, 'has_pass'), findingRow(5, 'not_found')]);
    renderInTheme(<CohortReview check={check} busy={false} onIssue={() => undefined} onBack={() => undefined} />);

    const filter = screen.getByRole('group', { name: 'Personen nach Ergebnis anzeigen' });
    expect(within(filter).getAllByRole('button').map((button) => button.textContent)).toEqual(['Alle: 4', '1 bereit', '2 haben einen Pass', '1 nicht gefunden']);
    expect(screen.getAllByText('Hat einen Pass')).toHaveLength(2);
    expect(screen.getByText('Übersprungen')).toBeTruthy();
    expect(screen.getByText('8 Stunden. Der Mandant lässt 1 Stunde–1 Tag zu.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Am Eintrittsdatum der Person' })).toBeTruthy();
    expect((screen.getByLabelText('Uhrzeit am Eintrittsdatum') as HTMLInputElement).value).toBe('08:00');
    expect(screen.getByText('Gültig an jedem Eintrittsdatum von 08:00 bis 16:00.')).toBeTruthy();
    expect(screen.getByText('1 Pass beginnt sofort: Das Eintrittsdatum der Person ist vorbei oder nicht gesetzt.')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Eigene Optionen' })).toBeTruthy();
    expect(screen.getByText('Zeilen 1–4 von 4')).toBeTruthy();
    expect(screen.getByRole('button', { name: '1 Pass ausstellen' })).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Alle vorhandenen Pässe ersetzen' }));
    const dialog = await screen.findByRole('alertdialog', { name: '2 vorhandene Pässe ersetzen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: '2 Pässe ersetzen' }));
    // Hidden ones too: after the dialog closes, happy-dom may leave Fluent's modal layer marking the page aria-hidden.
    expect(await screen.findByRole('button', { name: '3 Pässe ausstellen', hidden: true })).toBeTruthy();
    expect(screen.getByText('2 davon ersetzen einen vorhandenen Pass.')).toBeTruthy();
  });
});
