import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appError, defaultTenantSettings, err, ok, type NotificationDraft } from '../../../src/shared';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { useNotificationStore } from '../../../src/renderer/src/features/notify/notification-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { useTenantSettingsStore } from '../../../src/renderer/src/features/settings/tenant-settings-store';
import { adele, installFakeApi, signedIn, type FakeApi } from '../fake-api';
import { showHandoff } from '../render';

const draft = (overrides: Partial<NotificationDraft> = {}): NotificationDraft => ({
  draftId: '6f1f4d3e-2b9a-4c57-9a3e-0d6a4f8e1b21',
  language: 'de',
  languageSource: 'usageLocation',
  languages: ['en', 'de'],
  from: { address: 'tech@contoso.com', sharedMailbox: false },
  person: { name: adele.displayName, address: 'adele@contoso.com', viaUserPrincipalName: false },
  manager: { name: 'Nestor Wilke', address: 'nestor@contoso.com' },
  managerMissing: null,
  recipients: { user: true, manager: false, cc: [] },
  to: [{ name: adele.displayName, address: 'adele@contoso.com' }],
  cc: [],
  subject: 'Sicherheitshinweis',
  html: '<p>Hallo Adele</p>',
  containsPass: false,
  blockers: [],
  ...overrides,
});

const button = (name: string | RegExp) => screen.getByRole('button', { name });

let api: FakeApi;
beforeEach(async () => {
  api = installFakeApi();
  const settings = defaultTenantSettings();
  settings.notifications.enabled = true;
  api.getTenantSettings.mockResolvedValue(ok({ settings, problem: null, logoDataUrl: null }));
  useSessionStore.setState({ status: 'ready', session: signedIn });
  await useTenantSettingsStore.getState().load(signedIn.profiles[0]?.id ?? null);
});
afterEach(() => useNotificationStore.getState().clear());

const openNotice = async () => {
  showHandoff();
  await act(async () => fireEvent.click(button('Prepare e-mail notice…')));
};

describe('the e-mail notice on the handoff screen', () => {
  it('is not offered when the tenant has notifications off', async () => {
    await useTenantSettingsStore.getState().load(null);
    showHandoff();
    expect(screen.queryByRole('heading', { name: 'E-mail notice' })).toBeNull();
  });

  it('shows the language with its reason, the recipients and the exact mail, then reports acceptance, not delivery', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft()));
    api.sendNotification.mockResolvedValue(ok({ acceptedAt: '2030-05-01T09:00:00Z', from: 'tech@contoso.com', to: ['adele@contoso.com'], cc: [] }));
    await openNotice();
    expect(api.prepareNotification).toHaveBeenCalledWith({ userId: adele.id, includePass: true });
    expect((screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).value).toBe('de');
    expect(screen.getByText('Chosen from their usage location.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: `${adele.displayName} <adele@contoso.com>` }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Sicherheitshinweis').closest('p')?.textContent).toBe('Subject: Sicherheitshinweis');
    const frame = screen.getByTitle('The notice exactly as it will be sent') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<p>Hallo Adele</p>');

    await act(async () => fireEvent.click(button('Send notice')));
    expect(api.sendNotification).toHaveBeenCalledWith({ draftId: draft().draftId });
    expect(screen.getByText(/^Accepted by Exchange Online at/)).toBeTruthy();
    expect(screen.getByText(/confirms acceptance, not delivery/)).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe('Notice accepted for delivery to adele@contoso.com.');
  });

  it('prepares the mail again for another language or recipients', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft()));
    await openNotice();
    await act(async () => fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } }));
    expect(api.prepareNotification).toHaveBeenLastCalledWith({ userId: adele.id, includePass: true, language: 'en', recipients: draft().recipients });
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: 'Manager: Nestor Wilke <nestor@contoso.com>' })));
    expect(api.prepareNotification).toHaveBeenLastCalledWith(expect.objectContaining({ recipients: { user: true, manager: true, cc: [] } }));
    const cc = screen.getByRole('textbox', { name: 'Copy to (CC)' });
    fireEvent.change(cc, { target: { value: 'it-security' } });
    fireEvent.blur(cc);
    expect(screen.getByText('Enter e-mail addresses separated by commas')).toBeTruthy();
    fireEvent.change(cc, { target: { value: 'it-security@contoso.com; audit@contoso.com' } });
    await act(async () => fireEvent.blur(cc));
    expect(api.prepareNotification).toHaveBeenLastCalledWith(expect.objectContaining({ recipients: { user: true, manager: false, cc: ['it-security@contoso.com', 'audit@contoso.com'] } }));
  });

  it('will not send while something blocks the mail, and says what', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft({ containsPass: true, blockers: [{ code: 'pass_to_own_mailbox', address: 'adele@contoso.com' }] })));
    await openNotice();
    expect(screen.getByText(/This mail contains the pass/)).toBeTruthy();
    expect(screen.getByText("This message contains the pass, so it cannot go to Adele Vance's own mailbox (adele@contoso.com).")).toBeTruthy();
    expect(button('Send notice').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Send notice'));
    expect(api.sendNotification).not.toHaveBeenCalled();
  });

  it('words every blocker and why there is no manager from their codes', async () => {
    api.prepareNotification.mockResolvedValue(
      ok(
        draft({
          containsPass: true,
          manager: null,
          managerMissing: 'not_readable',
          blockers: [{ code: 'no_recipient' }, { code: 'pass_not_on_screen' }, { code: 'other_addresses_unreadable' }],
        }),
      ),
    );
    await openNotice();
    expect(screen.getByText('Choose at least one recipient.')).toBeTruthy();
    expect(screen.getByText('The pass is no longer on screen, so it cannot be put in the message.')).toBeTruthy();
    expect(screen.getByText("Adele Vance's other mail addresses could not be read, so a mail with the pass cannot be sent safely.")).toBeTruthy();
    expect(screen.getByText('Your role cannot read managers in this tenant.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Manager' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('marks the mailboxes and the tenant’s own mail as data', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft({ managerMissing: 'not_set', manager: null })));
    await openNotice();
    expect(screen.getByText(`${adele.displayName} <adele@contoso.com>`).closest('[translate="no"]')).toBeTruthy();
    expect(screen.getByText('Sicherheitshinweis').closest('[translate="no"]')).toBeTruthy();
    expect(screen.getByText('No manager is set for Adele Vance in Entra ID.')).toBeTruthy();
  });

  it('closes a preview holding the pass as soon as the pass is hidden, and main forgets it', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft({ containsPass: true, recipients: { user: false, manager: true, cc: [] } })));
    await openNotice();
    expect(screen.getByTitle('The notice exactly as it will be sent')).toBeTruthy();
    await act(async () => fireEvent.click(button('Hide pass')));
    expect(screen.queryByTitle('The notice exactly as it will be sent')).toBeNull();
    expect(api.discardNotification).toHaveBeenCalledWith({ draftId: draft().draftId });
    expect(screen.getByText(/held the pass, so it was closed with the pass/)).toBeTruthy();
  });

  it('drops the preview when preparing it again fails, so the old one cannot be sent', async () => {
    api.prepareNotification.mockResolvedValueOnce(ok(draft()));
    api.prepareNotification.mockResolvedValueOnce(err(appError('network', 'Microsoft Graph could not be reached.')));
    await openNotice();
    await act(async () => fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } }));
    expect(screen.queryByRole('button', { name: 'Send notice' })).toBeNull();
    expect(api.discardNotification).toHaveBeenCalledWith({ draftId: draft().draftId });
    expect(button('Prepare e-mail notice…')).toBeTruthy();
  });

  it('holds the choices still while the mail is on its way, and moves focus to the outcome', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft()));
    let answer!: (value: Awaited<ReturnType<FakeApi['sendNotification']>>) => void;
    api.sendNotification.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    await openNotice();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'E-mail notice' }));
    await act(async () => fireEvent.click(button('Send notice')));
    expect((screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Manager/ }) as HTMLInputElement).disabled).toBe(true);
    await act(async () => answer(ok({ acceptedAt: '2030-05-01T09:00:00Z', from: 'tech@contoso.com', to: ['adele@contoso.com'], cc: [] })));
    expect(document.activeElement?.textContent).toMatch(/^Accepted by Exchange Online at/);
  });

  it('offers to grant the mail permission when it is missing, then sends', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft()));
    api.sendNotification.mockResolvedValueOnce(err(appError('consent_required', 'This app needs permissions that have not been granted in your tenant.')));
    await openNotice();
    await act(async () => fireEvent.click(button('Send notice')));
    expect(screen.getByText("TAP Desk hasn't been granted the permissions it needs in this tenant.")).toBeTruthy();
    await act(async () => fireEvent.click(button('Grant permission and send')));
    expect(api.grantMailConsent).toHaveBeenCalledTimes(1);
    expect(api.sendNotification).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.getByText(/^Accepted by Exchange Online at/)).toBeTruthy());
  });

  it('keeps the mail and the pass after a failed send, for another try', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft()));
    api.sendNotification.mockResolvedValueOnce(err(appError('service_unavailable', 'Microsoft Graph is temporarily unavailable.')));
    await openNotice();
    await act(async () => fireEvent.click(button('Send notice')));
    expect(useAnnouncerStore.getState().message).toBe('Not sent. Microsoft Graph is temporarily unavailable.');
    // One way to send it again, and the keyboard is already on it.
    expect(screen.queryByRole('button', { name: 'Send notice' })).toBeNull();
    expect(document.activeElement).toBe(button('Try again'));
    expect(screen.getByLabelText('Temporary Access Pass').textContent).toBe('Kq7#mP0x');
    expect((screen.getByTitle('The notice exactly as it will be sent') as HTMLIFrameElement).getAttribute('srcdoc')).toContain('Hallo Adele');
    await act(async () => fireEvent.click(button('Try again')));
    expect(api.sendNotification).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/^Accepted by Exchange Online at/)).toBeTruthy();
  });

  it('offers to prepare the notice again, and nothing else, when main no longer holds the preview', async () => {
    api.prepareNotification.mockResolvedValue(ok(draft()));
    api.sendNotification.mockResolvedValueOnce(err(appError('validation', 'This preview is no longer current.', { reason: 'preview_outdated' })));
    await openNotice();
    await act(async () => fireEvent.click(button('Send notice')));
    expect(screen.queryByRole('button', { name: 'Send notice' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await act(async () => fireEvent.click(button('Prepare the notice again')));
    expect(api.prepareNotification).toHaveBeenLastCalledWith({ userId: adele.id, includePass: true, language: 'de', recipients: draft().recipients });
    expect(button('Send notice')).toBeTruthy();
  });
});
