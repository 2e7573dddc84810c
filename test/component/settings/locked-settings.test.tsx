import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useSettingsPageStore } from '../../../src/renderer/src/features/settings/settings-page-store';
import { TenantSettingsPage } from '../../../src/renderer/src/features/settings/tenant-settings-page';
import { defaultTenantSettings, ok, withLocks, type LockableSetting, type SettingLocks } from '../../../src/shared';
import { installFakeApi, signedIn } from '../fake-api';
import { renderInTheme } from '../render';

const locks: SettingLocks = { notifications: { enabled: true, passInMail: { enabled: false } }, journal: { retentionMonths: 24 } };
const locked: LockableSetting[] = ['notifications.enabled', 'notifications.passInMail.enabled', 'journal.retentionMonths'];

const openLocked = async (language: 'en' | 'de' = 'en') => {
  usePreferencesStore.setState({ preferences: { language, theme: 'system' } });
  const api = installFakeApi(signedIn);
  const settings = withLocks(defaultTenantSettings(), locks);
  api.getTenantSettings.mockResolvedValue(ok({ settings, problem: null, logoDataUrl: null, locked }));
  useSessionStore.setState({ status: 'ready', session: signedIn });
  renderInTheme(<TenantSettingsPage profileId="contoso" previewPerson={null} />);
  await act(() => useSettingsPageStore.getState().open('contoso'));
  return api;
};

/** The text of the elements a control's aria-describedby names. */
const description = (element: HTMLElement): string =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('settings the organisation locks', () => {
  it('are read-only with the organisation’s value, and say so in words tied to each field', async () => {
    await openLocked();
    const retention = screen.getByRole('spinbutton', { name: 'Keep the journal for (months)' }) as HTMLInputElement;
    expect(retention.disabled).toBe(true);
    expect(retention.value).toBe('24');
    expect(description(retention)).toBe('Set by your organisation');

    const notices = screen.getByRole('switch', { name: 'Offer the notice after issuing a pass' }) as HTMLInputElement;
    expect(notices.disabled).toBe(true);
    expect(notices.checked).toBe(true);
    expect(description(notices)).toBe('Set by your organisation');

    const pass = screen.getByRole('checkbox', { name: 'Allow the pass itself in mails ({{pass}})' }) as HTMLInputElement;
    expect(pass.disabled).toBe(true);
    expect(pass.checked).toBe(false);
    expect(description(pass)).toBe('Set by your organisation');
  });

  it('leave the fields the organisation does not set as they were', async () => {
    await openLocked();
    const hide = screen.getByRole('spinbutton', { name: 'Hide the pass after (seconds)' }) as HTMLInputElement;
    expect(hide.disabled).toBe(false);
    expect(description(hide)).not.toContain('organisation');
    expect((screen.getByRole('switch', { name: 'One-time use by default' }) as HTMLInputElement).disabled).toBe(false);
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(3);
  });

  it('keep the organisation’s values when the form is reset to the defaults', async () => {
    const api = await openLocked();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Hide the pass after (seconds)' }), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect((screen.getByRole('spinbutton', { name: 'Hide the pass after (seconds)' }) as HTMLInputElement).value).toBe('120');
    expect((screen.getByRole('spinbutton', { name: 'Keep the journal for (months)' }) as HTMLInputElement).value).toBe('24');
    expect((screen.getByRole('switch', { name: 'Offer the notice after issuing a pass' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('No changes to save.')).toBeTruthy();
    expect(api.saveTenantSettings).not.toHaveBeenCalled();
  });

  it('are named in an import’s review as left as the organisation set them', async () => {
    const api = await openLocked();
    api.readTenantSettingsImport.mockResolvedValue(ok({ settings: withLocks(defaultTenantSettings(), locks), logoDataUrl: null, changes: [], lockedLeft: ['journal.retentionMonths'] }));
    const file = new File(['{"format":"tapdesk.tenant-settings"}'], 'settings.json', { type: 'application/json' });
    await act(async () => fireEvent.change(screen.getByLabelText('Settings file to import'), { target: { files: [file] } }));
    const dialog = await screen.findByRole('dialog', { name: 'Import these settings?' });
    expect(within(dialog).getByText('Your organisation sets these, so the file does not change them:')).toBeTruthy();
    expect(within(dialog).getByText('journal.retentionMonths').closest('[translate="no"]')).toBeTruthy();
  });

  it('say so in German', async () => {
    await openLocked('de');
    const retention = screen.getByRole('spinbutton', { name: 'Protokoll aufbewahren für (Monate)' }) as HTMLInputElement;
    expect(retention.disabled).toBe(true);
    expect(description(retention)).toBe('Von Ihrer Organisation festgelegt');
    expect(screen.getAllByText('Von Ihrer Organisation festgelegt')).toHaveLength(3);
  });
});
