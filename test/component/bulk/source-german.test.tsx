import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CohortSource, resetSource } from '../../../src/renderer/src/features/bulk/source';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetSource);

describe('source in German', () => {
  it('words the tabs, the mapping, the count, the problems and the check in German', () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    installFakeApi();
    renderInTheme(<CohortSource busy={false} onRows={() => undefined} />);
    expect(screen.getByRole('tablist', { name: 'Woher die Personen kommen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Einfügen' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Aus Excel oder Google Sheets kopierte Zeilen' }), {
      target: { value: 'Anmeldename\tGültigkeit\nadele@contoso.com\t8h\n\t60\nalex@contoso.com\t2 Wochen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zeilen einlesen' }));
    const mapping = screen.getByRole('combobox', { name: 'Inhalt der Spalte 2' }) as HTMLSelectElement;
    expect(mapping.value).toBe('lifetimeInMinutes');
    expect(mapping.selectedOptions[0]?.textContent).toBe('Gültigkeitsdauer');
    expect(screen.getByText('1 Person in der Liste gefunden.')).toBeTruthy();
    const problems = within(screen.getByRole('region', { name: '2 Probleme in der Liste' })).getAllByRole('listitem');
    expect(problems.map((item) => item.textContent)).toEqual([
      'Zeile 3: kein Anmeldename, keine E-Mail-Adresse und keine Personalnummer. Diese Zeile wird ausgelassen.',
      'Zeile 4: Die Gültigkeitsdauer „2 Wochen“ ist keine Anzahl Minuten (oder Stunden wie 8h, oder Tage wie 1d). Diese Zeile wird ausgelassen.',
    ]);
    expect(screen.getByRole('button', { name: '1 Person prüfen' })).toBeTruthy();
  });
});
