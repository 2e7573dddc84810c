import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useSettingsPageStore } from '../../../src/renderer/src/features/settings/settings-page-store';
import { TenantSettingsPage } from '../../../src/renderer/src/features/settings/tenant-settings-page';
import { appError, defaultTenantSettings, err, ok } from '../../../src/shared';
import { installFakeApi, signedIn } from '../fake-api';
import { renderInTheme } from '../render';

const openInGerman = async () => {
  usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
  const api = installFakeApi(signedIn);
  useSessionStore.setState({ status: 'ready', session: signedIn });
  renderInTheme(<TenantSettingsPage profileId="contoso" previewPerson={null} />);
  await act(() => useSettingsPageStore.getState().open('contoso'));
  return api;
};

describe('the tenant settings page in German', () => {
  it('words sections, hints and limits in German, and names countries and languages in German', async () => {
    await openInGerman();
    expect(screen.getByRole('heading', { level: 2, name: 'Einstellungen für Contoso' })).toBeTruthy();
    for (const name of ['Standardwerte für Zugriffspässe', 'Service Desk', 'Branding', 'Sprachen', 'E-Mail-Benachrichtigung', 'Benachrichtigungsvorlagen']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    }
    expect(screen.getByText(/^Bei 0 gelten Pässe sofort.*\(höchstens 10080, 7 Tage\)\.$/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Sprache nach Nutzungsort' });
    expect(within(table).getByRole('textbox', { name: 'Land, Zeile 1' })).toHaveProperty('value', 'DE');
    expect(within(table).getAllByText('Deutschland')).toHaveLength(1);
    expect(within(table).getAllByText('Deutsch').length).toBeGreaterThan(1);
    expect(screen.getByRole('tab', { name: 'Englisch (en)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' })).toBeTruthy();
  });

  it('words the schema’s limits and the template checker’s codes in German', async () => {
    await openInGerman();
    const user = userEvent.setup();
    const hide = screen.getByRole('spinbutton', { name: 'Pass ausblenden nach (Sekunden)' });
    await user.clear(hide);
    await user.type(hide, '5');
    await user.tab();
    expect(screen.getByText('Mindestens 15 Sekunden')).toBeTruthy();
    expect(screen.getByText('Korrigieren Sie zuerst die markierten Felder.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Betreff' }), { target: { value: 'Hinweis für {{vorname}}' } });
    expect(screen.getByText('Unbekannter Platzhalter {{vorname}} (Zeile 1, Spalte 13)')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Englisch \(en\).*enthält Fehler/ })).toBeTruthy();
  });

  it('reviews an import in German, the logo row in words, and words a refused file with its technical detail', async () => {
    const api = await openInGerman();
    const imported = defaultTenantSettings();
    imported.serviceDesk.name = 'Fabrikam Helpdesk';
    api.readTenantSettingsImport.mockResolvedValueOnce(
      ok({
        settings: imported,
        logoDataUrl: null,
        changes: [
          { path: 'serviceDesk.name', before: '', after: 'Fabrikam Helpdesk' },
          { path: 'branding.logo', before: null, after: 'present' },
        ],
      }),
    );
    const file = new File(['{}'], 'settings.json', { type: 'application/json' });
    await act(async () => fireEvent.change(screen.getByLabelText('Zu importierende Einstellungsdatei'), { target: { files: [file] } }));
    const dialog = await screen.findByRole('dialog', { name: 'Diese Einstellungen importieren?' });
    expect(within(dialog).getByText('2 Einstellungen ändern sich. Gespeichert wird erst, wenn Sie auf „Speichern“ klicken.')).toBeTruthy();
    expect(within(dialog).getByText('Das Logo aus der Datei')).toBeTruthy();
    expect(within(dialog).getByText('Fabrikam Helpdesk').closest('[translate="no"]')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));

    api.readTenantSettingsImport.mockResolvedValueOnce(
      err(appError('validation', 'Settings file refused.', { reason: 'import_unreadable', detail: 'The file is not JSON: Unexpected token' })),
    );
    await act(async () => fireEvent.change(screen.getByLabelText('Zu importierende Einstellungsdatei'), { target: { files: [file] } }));
    const note = screen.getByText(/^Nicht importiert: Die Datei ist kein Einstellungsexport von TAP Desk/);
    expect(within(note).getByText('The file is not JSON: Unexpected token').closest('[translate="no"]')).toBeTruthy();
  });
});
