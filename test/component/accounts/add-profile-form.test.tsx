import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError, clouds, err } from '../../../src/shared';
import { installFakeApi, signedOut } from '../fake-api';
import { renderApp } from '../render';

const note = /does not offer Temporary Access Passes in this cloud/;

describe('add tenant profile', () => {
  const fill = async (user: ReturnType<typeof userEvent.setup>, values: Record<string, string>) => {
    for (const [label, value] of Object.entries(values)) {
      const input = screen.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`));
      await user.clear(input);
      await user.type(input, value);
    }
  };

  it('shows field errors from the contract schema and sends nothing', async () => {
    const api = installFakeApi({ ...signedOut, profiles: [] });
    const user = userEvent.setup();
    renderApp();
    const label = await screen.findByLabelText(/^Profile name/);
    expect(document.activeElement).toBe(label);
    await fill(user, { 'Tenant ID or domain': 'not a tenant!', 'Application (client) ID': 'abc' });
    await user.click(screen.getByRole('button', { name: 'Add tenant profile' }));
    expect(screen.getByText('Give the profile a name')).toBeTruthy();
    expect(screen.getByText('A tenant is a GUID or a domain such as contoso.onmicrosoft.com')).toBeTruthy();
    expect(screen.getByText('The application (client) ID is a GUID')).toBeTruthy();
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(label);
    expect(api.saveProfile).not.toHaveBeenCalled();

    await user.type(label, 'Contoso');
    expect(screen.queryByText('Give the profile a name')).toBeNull();
  });

  it('saves a valid profile, selects it and clears the form', async () => {
    const api = installFakeApi({ ...signedOut, profiles: [] });
    const user = userEvent.setup();
    renderApp();
    await screen.findByLabelText(/^Profile name/);
    await fill(user, {
      'Profile name': 'Woodgrove',
      'Tenant ID or domain': 'woodgrove.onmicrosoft.us',
      'Application (client) ID': '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
    });
    await user.selectOptions(screen.getByLabelText(/^Cloud/), 'usgov-dod');
    await user.click(screen.getByRole('button', { name: 'Add tenant profile' }));
    expect(api.saveProfile).toHaveBeenCalledWith({
      label: 'Woodgrove',
      cloud: 'usgov-dod',
      tenant: 'woodgrove.onmicrosoft.us',
      clientId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f',
    });
    const radio = (await screen.findByRole('radio', { name: /Woodgrove/ })) as HTMLInputElement;
    expect(radio.checked).toBe(true);
    expect((screen.getByLabelText(/^Profile name/) as HTMLInputElement).value).toBe('');
  });

  it('shows a refusal from the app', async () => {
    const api = installFakeApi({ ...signedOut, profiles: [] });
    api.saveProfile.mockResolvedValue(err(appError('validation', 'The tenant is not known.', { reason: 'invalid_request' })));
    const user = userEvent.setup();
    renderApp();
    await screen.findByLabelText(/^Profile name/);
    await fill(user, { 'Profile name': 'X', 'Tenant ID or domain': 'x.example', 'Application (client) ID': '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f' });
    await user.click(screen.getByRole('button', { name: 'Add tenant profile' }));
    expect(await screen.findByText("Some of the details weren't accepted.")).toBeTruthy();
  });
});

describe('add tenant profile: clouds without the pass API', () => {
  it('says so when China is chosen, and nothing for the clouds that have it', async () => {
    installFakeApi({ ...signedOut, profiles: [] });
    const user = userEvent.setup();
    renderApp();
    const cloud = await screen.findByLabelText(/^Cloud/);
    expect(screen.queryByText(note)).toBeNull();
    await user.selectOptions(cloud, 'china');
    expect(screen.getByText(note)).toBeTruthy();
    await user.selectOptions(cloud, 'usgov-dod');
    expect(screen.queryByText(note)).toBeNull();
  });

  it('follows the per-cloud availability in the shared cloud definitions', () => {
    expect(Object.values(clouds).filter((definition) => !definition.passApiAvailable).map((definition) => definition.id)).toEqual(['china']);
  });
});
