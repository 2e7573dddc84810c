import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../src/shared';
import { installFakeApi, signedIn } from '../fake-api';
import { findShown, renderApp } from '../render';

const hold = () => screen.getByRole('spinbutton', { name: 'Keep a cohort’s passes for (minutes)' }) as HTMLInputElement;

describe('tenant settings: how long a cohort’s passes are held', () => {
  it('shows four hours by default, refuses minutes outside its limits in words, and saves minutes inside', async () => {
    const api = installFakeApi(signedIn);
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Tenant settings' }));
    await screen.findByRole('button', { name: 'Reset to defaults' });
    expect(hold().value).toBe('240');
    await user.clear(hold());
    await user.type(hold(), '5');
    await user.tab();
    expect(await findShown('At least 10 minutes')).toBeTruthy();
    await user.clear(hold());
    await user.type(hold(), '721');
    expect(await findShown('At most 720 minutes')).toBeTruthy();
    await user.clear(hold());
    await user.type(hold(), '480');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveTenantSettings).toHaveBeenCalledWith({ profileId: 'contoso', settings: { ...defaultTenantSettings(), bulk: { holdMinutes: 480 } } });
  });
});
