import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { useNotificationStore } from '../../../src/renderer/src/features/notify/notification-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useTenantSettingsStore } from '../../../src/renderer/src/features/settings/tenant-settings-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { defaultTenantSettings, ok, type NotificationDraft } from '../../../src/shared';
import { adele, installFakeApi, signedIn } from '../fake-api';
import { showHandoff } from '../render';

const draft: NotificationDraft = {
  draftId: '6f1f4d3e-2b9a-4c57-9a3e-0d6a4f8e1b21',
  language: 'de',
  languageSource: 'usageLocation',
  languages: ['en', 'de'],
  from: { address: 'servicedesk@contoso.com', sharedMailbox: true },
  person: { name: adele.displayName, address: 'adele@contoso.com', viaUserPrincipalName: false },
  manager: null,
  managerMissing: 'not_set',
  recipients: { user: true, manager: false, cc: [] },
  to: [{ name: adele.displayName, address: 'adele@contoso.com' }],
  cc: [],
  subject: 'Sicherheitshinweis',
  html: '<p>Hallo Adele</p>',
  containsPass: true,
  blockers: [{ code: 'pass_to_own_mailbox', address: 'adele@contoso.com' }],
};

const button = (name: string) => screen.getByRole('button', { name });

afterEach(() => useNotificationStore.getState().clear());

describe('the e-mail notice in German', () => {
  it('words its choices, the blocker, the sender and the outcome', async () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    const api = installFakeApi();
    const settings = defaultTenantSettings();
    settings.notifications.enabled = true;
    api.getTenantSettings.mockResolvedValue(ok({ settings, problem: null, logoDataUrl: null }));
    api.prepareNotification.mockResolvedValueOnce(ok(draft));
    api.prepareNotification.mockResolvedValueOnce(ok({ ...draft, recipients: { ...draft.recipients, user: false, cc: ['it@contoso.com'] }, to: [], cc: [{ name: 'it@contoso.com', address: 'it@contoso.com' }], blockers: [] }));
    api.sendNotification.mockResolvedValue(ok({ acceptedAt: '2030-05-01T09:00:00Z', from: 'servicedesk@contoso.com', to: [], cc: ['it@contoso.com'] }));
    useSessionStore.setState({ status: 'ready', session: signedIn });
    await useTenantSettingsStore.getState().load(signedIn.profiles[0]?.id ?? null);
    showHandoff();

    expect(screen.getByRole('heading', { name: 'E-Mail-Benachrichtigung' })).toBeTruthy();
    await act(async () => fireEvent.click(button('E-Mail-Benachrichtigung vorbereiten…')));
    expect(screen.getByText('Anhand des Nutzungsstandorts der Person gewählt.')).toBeTruthy();
    expect(screen.getByText('Für Adele Vance ist in Entra ID kein Vorgesetzter festgelegt.')).toBeTruthy();
    expect(screen.getByText('Diese E-Mail enthält den Pass. Jeder, der sie lesen kann, kann sich als Adele Vance anmelden.')).toBeTruthy();
    expect(screen.getByText('Diese Nachricht enthält den Pass und kann daher nicht an das eigene Postfach von Adele Vance (adele@contoso.com) gesendet werden.')).toBeTruthy();
    expect(screen.getByText(/^Von: servicedesk@contoso\.com \(freigegebenes Postfach\)/)).toBeTruthy();
    expect(button('Benachrichtigung senden').getAttribute('aria-disabled')).toBe('true');

    const cc = screen.getByRole('textbox', { name: 'Kopie an (CC)' });
    fireEvent.change(cc, { target: { value: 'it@' } });
    fireEvent.blur(cc);
    expect(screen.getByText('Geben Sie E-Mail-Adressen durch Kommas getrennt ein')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: `${adele.displayName} <adele@contoso.com>` })));

    await act(async () => fireEvent.click(button('Benachrichtigung senden')));
    expect(screen.getByText(/^Von Exchange Online angenommen am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)).toBeTruthy();
    expect(screen.getByText(/^An it@contoso\.com\. Microsoft Graph bestätigt die Annahme, nicht die Zustellung/)).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('Benachrichtigung zur Zustellung an it@contoso.com angenommen.');
  });
});
