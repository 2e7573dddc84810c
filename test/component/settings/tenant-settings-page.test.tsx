import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError, defaultTenantSettings, err, ok, type TenantSettings, type TenantSettingsView } from '../../../src/shared';
import { installFakeApi, signedIn } from '../fake-api';
import { findShown, queryShown, renderApp } from '../render';
import { chromiumLogo } from '../../support/logo-images';

const stored = (): TenantSettings => {
  const settings = defaultTenantSettings();
  settings.defaults = { lifetimeInMinutes: 480, isUsableOnce: false, startOffsetMinutes: 0, autoHideSeconds: 90, clipboardClearSeconds: 20 };
  settings.serviceDesk = { name: 'Contoso IT', email: 'it@contoso.com', phone: '+1 555 0100', portalUrl: 'https://it.contoso.com' };
  settings.branding = { displayName: 'Contoso Ltd', accentColor: '#123ABC', logoFile: null };
  settings.languages = { defaultLanguage: 'en', byUsageLocation: { DE: 'de', FR: 'fr' } };
  return settings;
};

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const number = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Save' });

const openSettings = async (settings = stored(), problem: TenantSettingsView['problem'] = null) => {
  const api = installFakeApi(signedIn);
  api.getTenantSettings.mockResolvedValue(ok({ settings, problem, logoDataUrl: null }));
  const user = userEvent.setup();
  renderApp();
  await user.click(await screen.findByRole('button', { name: 'Tenant settings' }));
  await screen.findByRole('button', { name: 'Reset to defaults' });
  return { api, user };
};

describe('tenant settings page', () => {
  it('opens from the workspace with the heading focused and shows the stored values', async () => {
    const { api } = await openSettings();
    const heading = screen.getByRole('heading', { level: 2, name: 'Settings for Contoso' });
    expect(document.activeElement).toBe(heading);
    expect(api.getTenantSettings).toHaveBeenCalledWith({ profileId: 'contoso' });
    for (const name of ['Pass defaults', 'Service desk', 'Branding', 'Languages']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    }
    expect((screen.getByRole('radio', { name: 'A set number of minutes' }) as HTMLInputElement).checked).toBe(true);
    expect(number('Default lifetime (minutes)').value).toBe('480');
    expect((screen.getByRole('switch', { name: 'One-time use by default' }) as HTMLInputElement).checked).toBe(false);
    expect(number('Hide the pass after (seconds)').value).toBe('90');
    expect(number('Clear the clipboard after (seconds)').value).toBe('20');
    expect(textbox('Service desk name').value).toBe('Contoso IT');
    expect(textbox('Portal URL').value).toBe('https://it.contoso.com');
    expect(textbox('Accent colour (hex)').value).toBe('#123ABC');
    expect((screen.getByLabelText('Pick the accent colour') as HTMLInputElement).value).toBe('#123abc');
    expect(textbox('Country, row 2').value).toBe('FR');
    expect(textbox('Language, row 2').value).toBe('fr');
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByText('Showing the default settings')).toBeNull();
  });

  it('warns when the stored settings could not be read', async () => {
    await openSettings(defaultTenantSettings(), { code: 'stored_unreadable', detail: 'defaults.autoHideSeconds: Invalid input' });
    expect(screen.getByText('Showing the default settings')).toBeTruthy();
    expect(screen.getByText(/^The saved settings for this tenant could not be read\./)).toBeTruthy();
    expect(screen.getByText('defaults.autoHideSeconds: Invalid input').closest('[translate="no"]')).toBeTruthy();
  });

  it('marks wrong values from the schema and will not save them', async () => {
    const { api, user } = await openSettings();
    const email = textbox('E-mail');
    await user.clear(email);
    await user.type(email, 'it-at-contoso');
    expect(queryShown(/Enter an e-mail address/)).toBeNull();
    await user.tab();
    const message = screen.getByText('Enter an e-mail address such as servicedesk@contoso.com');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(message.id);
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Correct the marked fields first.')).toBeTruthy();

    const hide = number('Hide the pass after (seconds)');
    await user.clear(hide);
    await user.type(hide, '5{Enter}');
    expect(screen.getByText('At least 15 seconds')).toBeTruthy();
    expect(document.activeElement).toBe(hide);
    await user.click(saveButton());
    expect(api.saveTenantSettings).not.toHaveBeenCalled();

    await user.clear(email);
    await user.type(email, 'it@contoso.com');
    await user.clear(hide);
    await user.type(hide, '60');
    expect(screen.queryByText(/Enter an e-mail address/)).toBeNull();
    expect(saveButton().getAttribute('aria-disabled')).toBeNull();
  });

  it('saves exactly the settings on the page and says so', async () => {
    const { api, user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: "Use the tenant policy's default" }));
    await user.click(screen.getByRole('switch', { name: 'One-time use by default' }));
    const offset = number('Start offset (minutes)');
    await user.clear(offset);
    await user.type(offset, '30');
    await user.clear(textbox('Phone'));
    await user.type(textbox('Phone'), '+49 30 1234');
    await user.clear(textbox('Accent colour (hex)'));
    await user.type(textbox('Accent colour (hex)'), '#00AA55');
    await user.click(saveButton());
    const expected = stored();
    expected.defaults = { ...expected.defaults, lifetimeInMinutes: null, isUsableOnce: true, startOffsetMinutes: 30 };
    expected.serviceDesk.phone = '+49 30 1234';
    expected.branding.accentColor = '#00AA55';
    expect(api.saveTenantSettings).toHaveBeenCalledWith({ profileId: 'contoso', settings: expected });
    expect(await findShown('Saved')).toBeTruthy();
    expect(saveButton().getAttribute('aria-disabled')).toBe('true');
  });

  it('shows a refused save with the usual error words', async () => {
    const { api, user } = await openSettings();
    api.saveTenantSettings.mockResolvedValue(err(appError('validation', 'Accent colour is not valid.')));
    await user.type(textbox('Service desk name'), ' North');
    await user.click(saveButton());
    expect(await findShown("Some of the details weren't accepted.")).toBeTruthy();
    expect(queryShown('Accent colour is not valid.')).toBeNull();
    expect(queryShown('Saved')).toBeNull();
  });

  it('fills in the defaults on Reset, which still need saving', async () => {
    const { api, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(textbox('Service desk name').value).toBe('');
    expect((screen.getByRole('radio', { name: "Use the tenant policy's default" }) as HTMLInputElement).checked).toBe(true);
    expect(api.saveTenantSettings).not.toHaveBeenCalled();
    await user.click(saveButton());
    expect(api.saveTenantSettings).toHaveBeenCalledWith({ profileId: 'contoso', settings: defaultTenantSettings() });
  });

  it('adds and removes countries in the language map, moving focus with them', async () => {
    const { api, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Add country' }));
    const country = textbox('Country, row 3');
    expect(document.activeElement).toBe(country);
    await user.type(country, 'nl');
    expect(country.value).toBe('NL');
    // Leaving both fields marks them; clicks rather than Tab, which Fluent's focus manager needs a real layout for.
    await user.click(textbox('Language, row 3'));
    await user.click(screen.getByText('Language by usage location'));
    expect(screen.getByText('A language tag such as de or pt-BR')).toBeTruthy();
    await user.type(textbox('Language, row 3'), 'nl');
    await user.click(screen.getByRole('button', { name: 'Remove row 1 (DE)' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove row 1 (FR)' }));
    expect(within(screen.getByRole('table', { name: 'Language by usage location' })).getAllByRole('row')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Add country' }));
    await user.type(textbox('Country, row 3'), 'fr');
    await user.click(screen.getByText('Language by usage location'));
    expect(screen.getByText('FR is already listed')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove row 3 (FR)' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove row 2 (NL)' }));

    await user.click(saveButton());
    await waitFor(() => expect(api.saveTenantSettings).toHaveBeenCalledOnce());
    expect(api.saveTenantSettings.mock.calls[0]![0].settings.languages.byUsageLocation).toEqual({ FR: 'fr', NL: 'nl' });
  });

  it('says beside the logo why main refused it, from the reason it names', async () => {
    const { api, user } = await openSettings();
    api.importLogo.mockResolvedValue(err(appError('validation', 'The logo has 614400 bytes, more than 524288.', { reason: 'logo_too_large' })));
    await user.upload(screen.getByLabelText('Logo image file'), new File([chromiumLogo('png')], 'logo.png', { type: 'image/png' }));
    expect(await findShown('The logo was not added: choose an image smaller than 512 KB.')).toBeTruthy();
    expect(queryShown(/614400 bytes/)).toBeNull();
    expect(screen.getByText('No logo')).toBeTruthy();
  });

  it('offers Try again when the settings cannot be loaded', async () => {
    const api = installFakeApi(signedIn);
    api.getTenantSettings.mockResolvedValue(err(appError('unexpected', 'Disk unavailable.')));
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Tenant settings' }));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(queryShown('Something went wrong.')).toBeTruthy();
    expect(screen.queryByText('Disk unavailable.')).toBeNull();
    api.getTenantSettings.mockResolvedValue(ok({ settings: stored(), problem: null, logoDataUrl: null }));
    await user.click(retry);
    expect(await screen.findByRole('button', { name: 'Reset to defaults' })).toBeTruthy();
  });
});
