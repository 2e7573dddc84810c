import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultTenantSettings, ok, type TenantSettings } from '../../../src/shared';
import { installFakeApi, signedIn } from '../fake-api';
import { renderApp } from '../render';

const openSettings = async (settings: TenantSettings = defaultTenantSettings()) => {
  const api = installFakeApi(signedIn);
  api.getTenantSettings.mockResolvedValue(ok({ settings, problem: null, logoDataUrl: null }));
  renderApp();
  await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Tenant settings' })));
  await screen.findByRole('button', { name: 'Reset to defaults' });
  return api;
};

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Save' });

describe('settings export and import', () => {
  it('shows what an import changes and fills the form only when applied', async () => {
    const api = await openSettings();
    const imported = defaultTenantSettings();
    imported.serviceDesk.name = 'Fabrikam Helpdesk';
    api.readTenantSettingsImport.mockResolvedValue(ok({ settings: imported, logoDataUrl: null, changes: [{ path: 'serviceDesk.name', before: '', after: 'Fabrikam Helpdesk' }] }));
    const file = new File(['{"format":"tapdesk.tenant-settings"}'], 'settings.json', { type: 'application/json' });
    await act(async () => fireEvent.change(screen.getByLabelText('Settings file to import'), { target: { files: [file] } }));
    expect(api.readTenantSettingsImport).toHaveBeenCalledWith({ profileId: 'contoso', text: '{"format":"tapdesk.tenant-settings"}' });
    const dialog = await screen.findByRole('dialog', { name: 'Import these settings?' });
    expect(within(dialog).getByRole('rowheader', { name: 'serviceDesk.name' })).toBeTruthy();
    expect(within(dialog).getByText('Fabrikam Helpdesk')).toBeTruthy();
    expect(textbox('Service desk name').value).toBe('');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply to the form' }));
    expect(textbox('Service desk name').value).toBe('Fabrikam Helpdesk');
    expect(saveButton().getAttribute('aria-disabled')).toBeNull();
    expect(api.saveTenantSettings).not.toHaveBeenCalled();
  });

  it('asks to save or discard unsaved edits before reading an import', async () => {
    const api = await openSettings();
    fireEvent.change(textbox('Service desk name'), { target: { value: 'Unsaved' } });
    const file = new File(['{}'], 'settings.json', { type: 'application/json' });
    await act(async () => fireEvent.change(screen.getByLabelText('Settings file to import'), { target: { files: [file] } }));
    expect(api.readTenantSettingsImport).not.toHaveBeenCalled();
    expect(screen.getByText('Save or discard your changes first, then import.', { ignore: '[aria-live] *' })).toBeTruthy();
  });

  it('exports the saved settings and says where they went', async () => {
    const api = await openSettings();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export…' })));
    expect(api.exportTenantSettings).toHaveBeenCalledWith({ profileId: 'contoso' });
    expect(screen.getByText('Saved settings exported to /home/tech/TAP Desk settings - Contoso.json.', { ignore: '[aria-live] *' })).toBeTruthy();
  });
});
