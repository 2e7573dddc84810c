import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../src/shared';
import { formatTimeOfDay } from '../../../src/renderer/src/format/date-time';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { JournalPanel } from '../../../src/renderer/src/features/journal/journal-panel';
import { useJournalViewStore } from '../../../src/renderer/src/features/journal/journal-view-store';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';
import { alexPerson, record, status, today } from './journal-fixtures';

describe('the desk journal in German', () => {
  it('words the panel, its plurals, times and statuses in German', async () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    const api = installFakeApi();
    api.journalToday.mockResolvedValue(
      ok({
        entries: [record(2, { person: alexPerson, passId: 'pass-2', at: today(10, 5) }), record(1)],
        integrity: { state: 'broken', problem: 'removed', month: '2030-04', line: 3, expectedSeq: 12, intactUntil: null },
        writeProblem: null,
      }),
    );
    api.passStatuses.mockResolvedValue(ok([status('pass-2', 'alex', 'waiting'), status('pass-1', 'adele', 'expired')]));
    useJournalViewStore.setState({ open: true, tab: 'today' });
    renderInTheme(<JournalPanel onOpenCard={() => undefined} canOpenCard />);

    expect(await screen.findByText('2 Zugriffspässe heute an diesem Arbeitsplatz ausgestellt.')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Arbeitsplatzprotokoll' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Zugriffspässe in diesem Mandanten' })).toBeTruthy();
    expect(screen.getByText('Ein Eintrag vor Zeile 3 der Monatsdatei 2030-04 wurde entfernt.')).toBeTruthy();
    expect(screen.getByText(/^Informieren Sie die IT-Sicherheit\./)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Heute ausgestellte Zugriffspässe, neueste zuerst' });
    expect(await within(list).findByText('Warten auf die erste Anmeldung')).toBeTruthy();
    expect(within(list).getByText('Abgelaufen')).toBeTruthy();
    expect(within(list).getByText(`Ausgestellt um ${formatTimeOfDay(today(10, 5))}`)).toBeTruthy();
    expect(formatTimeOfDay(today(10, 5))).toBe('10:05');
    expect(within(list).getAllByText('Gültig für 2 Stunden')).toHaveLength(2);
    expect(within(list).getByRole('button', { name: 'Zugriffspass widerrufen für Alex Wilber' })).toBeTruthy();
  });
});
