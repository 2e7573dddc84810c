import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../src/shared';
import { installFakeApi, signedIn } from '../fake-api';
import { findShown, renderApp } from '../render';

const retention = () => screen.getByRole('spinbutton', { name: 'Keep the journal for (months)' }) as HTMLInputElement;

const openSettings = async () => {
  const api = installFakeApi(signedIn);
  const user = userEvent.setup();
  renderApp();
  await user.click(await screen.findByRole('button', { name: 'Tenant settings' }));
  await screen.findByRole('button', { name: 'Reset to defaults' });
  return { api, user };
};

describe('tenant settings: the desk journal', () => {
  it('shows how long the journal is kept, with its limits', async () => {
    await openSettings();
    expect(screen.getByRole('heading', { level: 3, name: 'Desk journal' })).toBeTruthy();
    expect(retention().value).toBe('13');
    expect(screen.getByText('1–120, the current month included. Older months are deleted from this computer.')).toBeTruthy();
  });

  it('refuses months outside 1 to 120 in words, and saves a month count inside', async () => {
    const { api, user } = await openSettings();
    await user.clear(retention());
    await user.type(retention(), '0');
    await user.tab();
    expect(await findShown('At least 1 month')).toBeTruthy();
    await user.clear(retention());
    await user.type(retention(), '121');
    expect(await findShown('At most 120 months')).toBeTruthy();
    await user.clear(retention());
    await user.type(retention(), '24');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveTenantSettings).toHaveBeenCalledWith({ profileId: 'contoso', settings: { ...defaultTenantSettings(), journal: { retentionMonths: 24 } } });
  });
});
