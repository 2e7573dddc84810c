import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AccountList } from '../../../src/renderer/src/features/accounts/account-list';
import { AddProfileForm } from '../../../src/renderer/src/features/accounts/add-profile-form';
import { ProfilePicker } from '../../../src/renderer/src/features/accounts/profile-picker';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { ok } from '../../../src/shared';
import { account, installFakeApi, profile, signedIn, signedOut } from '../fake-api';
import { renderInTheme } from '../render';

const inGerman = () => usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });

describe('tenant profiles and accounts in German', () => {
  it('words the new profile form, its clouds and the schema’s issues by field', async () => {
    inGerman();
    const api = installFakeApi({ ...signedOut, profiles: [] });
    const user = userEvent.setup();
    renderInTheme(<AddProfileForm focusFirst={false} />);
    expect(screen.getByText('Neues Mandantenprofil')).toBeTruthy();
    const cloud = screen.getByLabelText(/^Cloud/);
    expect([...cloud.querySelectorAll('option')].map((option) => option.textContent)).toContain('China (betrieben von 21Vianet)');
    await user.selectOptions(cloud, 'china');
    expect(screen.getByText(/^Microsoft Graph bietet in dieser Cloud keinen befristeten Zugriffspass an/)).toBeTruthy();

    await user.type(screen.getByLabelText(/^Mandanten-ID oder Domäne/), 'kein mandant!');
    await user.type(screen.getByLabelText(/^Profilname/), 'x'.repeat(81));
    await user.click(screen.getByRole('button', { name: 'Mandantenprofil hinzufügen' }));
    expect(screen.getByText('Der Profilname darf höchstens 80 Zeichen lang sein')).toBeTruthy();
    expect(screen.getByText('Ein Mandant ist eine GUID oder eine Domäne wie contoso.onmicrosoft.com')).toBeTruthy();
    expect(screen.getByText('Die Anwendungs-ID (Client) ist eine GUID')).toBeTruthy();
    expect(api.saveProfile).not.toHaveBeenCalled();
  });

  it('names the cloud of each profile and keeps the tenant’s own names as data', () => {
    inGerman();
    installFakeApi(signedOut);
    useSessionStore.setState({ status: 'ready', session: signedOut, selectedProfileId: profile.id });
    renderInTheme(<ProfilePicker profiles={[profile]} focusSignIn={false} focusSettings={false} onOpenSettings={() => undefined} />);
    const radio = screen.getByRole('radiogroup', { name: 'Mandantenprofil' });
    expect(radio.textContent).toContain('Global (Microsoft Entra ID) · contoso.onmicrosoft.com');
    expect(screen.getByText('contoso.onmicrosoft.com').getAttribute('translate')).toBe('no');
    expect(screen.getByText('Contoso').getAttribute('translate')).toBe('no');
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Profil entfernen: Contoso' })).toBeTruthy();
  });

  it('offers to continue as a signed-in account and announces the switch in German', async () => {
    inGerman();
    const api = installFakeApi(signedIn);
    api.switchAccount.mockResolvedValue(ok(account));
    useSessionStore.setState({ status: 'ready', session: signedIn });
    const user = userEvent.setup();
    renderInTheme(<AccountList accounts={[account, { ...account, profileId: 'gone', homeAccountId: 'other' }]} profiles={[profile]} focusFirst={false} />);
    expect(screen.getByText('Angemeldete Konten')).toBeTruthy();
    expect(screen.getByRole('list').textContent).toContain('tess@contoso.com · Unbekannter Mandant');
    await act(() => user.click(screen.getByRole('button', { name: 'Als Tess Technician fortfahren (Contoso)' })));
    expect(useAnnouncerStore.getState().message).toBe('Angemeldet als Tess Technician.');
  });
});
