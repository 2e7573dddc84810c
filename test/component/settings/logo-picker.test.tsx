import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useSettingsPageStore } from '../../../src/renderer/src/features/settings/settings-page-store';
import { TenantSettingsPage } from '../../../src/renderer/src/features/settings/tenant-settings-page';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { defaultTenantSettings, ok, type UiLanguage } from '../../../src/shared';
import { chromiumLogo, dataUrlOf, png } from '../../support/logo-images';
import { installFakeApi, signedIn } from '../fake-api';
import { findShown, queryShown, renderInTheme } from '../render';

const openSettings = async (language: UiLanguage = 'en') => {
  usePreferencesStore.setState({ preferences: { language, theme: 'system' } });
  const api = installFakeApi(signedIn);
  useSessionStore.setState({ status: 'ready', session: signedIn });
  renderInTheme(<TenantSettingsPage profileId="contoso" previewPerson={null} />);
  await act(() => useSettingsPageStore.getState().open('contoso'));
  return api;
};

const pick = async (label: string, bytes: Uint8Array<ArrayBuffer>) => {
  await userEvent.setup().upload(screen.getByLabelText(label), new File([bytes], 'logo.png', { type: 'image/png' }));
};

describe('picking a logo', () => {
  it('refuses a tiny PNG that declares 20000 × 20000 pixels before anything draws it, stating its size and the limits', async () => {
    const api = await openSettings();
    await pick('Logo image file', png(20000, 20000));
    const refusal =
      'The logo was not added: the image is 20,000 × 20,000 pixels. Choose one at most 4,096 pixels wide and high, and at most 5 megapixels.';
    expect(await findShown(refusal)).toBeTruthy();
    expect(useAnnouncerStore.getState().message).toBe(refusal);
    expect(api.importLogo).not.toHaveBeenCalled();
    expect(screen.queryByRole('img', { name: 'Tenant logo' })).toBeNull();
    expect(screen.getByText('No logo')).toBeTruthy();
  });

  it('shows only the image main checked and holds, and says it is kept only once saved', async () => {
    const api = await openSettings();
    const held = dataUrlOf(chromiumLogo('png'));
    api.importLogo.mockResolvedValue(ok({ logoFile: 'contoso-0123456789abcdef.png', logoDataUrl: held }));
    await pick('Logo image file', chromiumLogo('png'));
    await waitFor(() => expect(screen.getByRole('img', { name: 'Tenant logo' }).getAttribute('src')).toBe(held));
    expect(api.importLogo).toHaveBeenCalledWith({ profileId: 'contoso', dataUrl: held });
    expect(useAnnouncerStore.getState().message).toBe('Logo added. Save to keep it.');
    expect(api.saveTenantSettings).not.toHaveBeenCalled();
  });

  it.each([
    ['de', 'Bilddatei für das Logo', 'Das Logo wurde nicht hinzugefügt: Das Bild hat 20.000 × 20.000 Pixel. Wählen Sie eines mit höchstens 4.096 Pixeln Breite und Höhe und höchstens 5 Megapixeln.'],
    ['fr', 'Fichier image du logo', /^Le logo n’a pas été ajouté : l’image mesure 20\s000 × 20\s000 pixels\. Choisissez-en une de 4\s096 pixels au plus/],
  ] as const)('words the refusal in %s, with numbers as that language writes them', async (language, label, refusal) => {
    await openSettings(language);
    await pick(label, png(20000, 20000));
    expect(await findShown(refusal)).toBeTruthy();
  });

  it('words an imported logo skipped for its pixels in the review', async () => {
    const api = await openSettings();
    api.readTenantSettingsImport.mockResolvedValue(
      ok({ settings: defaultTenantSettings(), logoDataUrl: null, changes: [{ path: 'branding.logo', before: null, after: 'logo_too_many_pixels' }] }),
    );
    const file = new File(['{"format":"tapdesk.tenant-settings"}'], 'settings.json', { type: 'application/json' });
    await act(async () => fireEvent.change(screen.getByLabelText('Settings file to import'), { target: { files: [file] } }));
    const dialog = await screen.findByRole('dialog', { name: 'Import these settings?' });
    expect(within(dialog).getByText('Not imported: the image is over 4,096 pixels wide or high, or over 5 megapixels')).toBeTruthy();
    expect(queryShown(/logo_too_many_pixels/)).toBeNull();
  });
});
