import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { formatLocal } from '../../../src/renderer/src/format/date-time';
import { adele, contextFor, installFakeApi, tapPolicy } from '../fake-api';
import { showPerson } from '../render';

const inGerman = () => usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });

const pass = {
  id: 'old',
  createdDateTime: '2030-05-01T08:00:00Z',
  startDateTime: '2030-05-01T08:00:00Z',
  lifetimeInMinutes: 90,
  isUsableOnce: true,
  isUsable: true,
  methodUsabilityReason: 'EnabledByPolicy',
};

describe('the person and the create form in German', () => {
  it('words the card, the findings, the methods and the existing pass', async () => {
    inGerman();
    const api = installFakeApi();
    await showPerson(
      api,
      contextFor(adele, {
        policy: tapPolicy(),
        existingPass: pass,
        methods: [
          { id: 'm1', type: 'passwordAuthenticationMethod', label: 'Password' },
          { id: 'm2', type: 'phoneAuthenticationMethod', label: 'Phone · +31 6 1234 5678', device: '+31 6 1234 5678' },
        ],
        findings: [{ severity: 'warn', code: 'privileged_target' }],
      }),
    );
    const card = screen.getByRole('region', { name: 'Adele Vance' });
    for (const text of ['Position', 'Abteilung', 'Mitglied', 'Aktiviert', 'Administratorkonto', 'Kennwort', 'Vorhandener Pass']) {
      expect(within(card).getByText(text)).toBeTruthy();
    }
    expect(card.textContent).toContain('Lehnt der Mandant ab, bitten Sie einen von ihnen darum.');
    expect(within(card).getByRole('region', { name: 'Anmeldemethoden' }).textContent).toContain('Telefon · +31 6 1234 5678');
    expect(within(card).getByText('1 Stunde, 30 Minuten · einmalig verwendbar')).toBeTruthy();
    expect(within(card).getByText(`Gültig bis ${formatLocal('2030-05-01T09:30:00Z')}`)).toBeTruthy();
    expect(formatLocal('2030-05-01T09:30:00Z')).toMatch(/^\d{2}\.\d{2}\.2030/);
  });

  it('labels the form and explains why Create waits', async () => {
    inGerman();
    const api = installFakeApi();
    await showPerson(api, contextFor(adele, { policy: tapPolicy(), existingPass: pass }));
    expect(screen.getByRole('heading', { name: 'Neuer Zugriffspass' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '2 Stunden (Standard)' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Gültigkeitsdauer (Minuten)' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Einmalige Verwendung' })).toBeTruthy();
    const create = screen.getByRole('button', { name: 'Pass erstellen' });
    expect(document.getElementById(create.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Diese Person hat bereits einen Pass. Aktivieren Sie „Vorhandenen Pass ersetzen“, um einen neuen auszustellen.',
    );
  });
});
