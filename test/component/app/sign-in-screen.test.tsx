import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError, err, ok, type SignedInAccount } from '../../../src/shared';
import { account, deferred, installFakeApi, profile, signedOut } from '../fake-api';
import { findShown, queryShown, renderApp } from '../render';

const fabrikam = { ...profile, id: 'fabrikam', label: 'Fabrikam US Gov', cloud: 'usgov' as const, tenant: 'fabrikam.onmicrosoft.us' };

describe('sign-in screen', () => {
  it('lists tenant profiles with their cloud and tenant, the first one chosen', async () => {
    installFakeApi({ ...signedOut, profiles: [profile, fabrikam] });
    renderApp();
    const group = await screen.findByRole('radiogroup', { name: 'Tenant profile' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(2);
    expect(radios[0]!.checked).toBe(true);
    expect(group.textContent).toContain('Global (Microsoft Entra ID) · contoso.onmicrosoft.com');
    expect(group.textContent).toContain('US Government L4 (GCC High) · fabrikam.onmicrosoft.us');
    expect(screen.queryByText('Demo tenant')).toBeNull();
  });

  it('shows a demo badge when running against the demo tenant', async () => {
    installFakeApi({ ...signedOut, demo: true });
    renderApp();
    expect(await screen.findByText('Demo tenant')).toBeTruthy();
  });

  it('signs in with the chosen profile and lands in the workspace', async () => {
    const api = installFakeApi({ ...signedOut, profiles: [profile, fabrikam] });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('radio', { name: /Fabrikam/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(api.signIn).toHaveBeenCalledWith({ profileId: 'fabrikam' });
    const search = await screen.findByRole('combobox', { name: 'Find a person' });
    expect(document.activeElement).toBe(search);
    expect(screen.getByText(account.name)).toBeTruthy();
  });

  it('waits for the browser and can cancel without an error', async () => {
    const api = installFakeApi(signedOut);
    const pending = deferred<Awaited<ReturnType<typeof api.signIn>>>();
    api.signIn.mockReturnValue(pending.promise);
    api.cancelSignIn.mockImplementation(async () => {
      pending.resolve(err(appError('sign_in_cancelled', 'Cancelled.')));
      return ok(true);
    });
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Finish signing in in your browser…')).toBeTruthy();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    await user.click(cancel);
    expect(api.cancelSignIn).toHaveBeenCalledOnce();
    const signIn = await screen.findByRole('button', { name: 'Sign in' });
    expect(document.activeElement).toBe(signIn);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(queryShown('Sign-in was cancelled.')).toBeNull();
  });

  it('explains a failed sign-in', async () => {
    const api = installFakeApi(signedOut);
    api.signIn.mockResolvedValue(err(appError('consent_required', 'Consent missing.', { requestId: 'corr-1' })));
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await findShown("TAP Desk hasn't been granted the permissions it needs in this tenant.")).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Request ID' }) as HTMLInputElement).value).toBe('corr-1');
  });

  it('continues with an account that is already signed in', async () => {
    const other: SignedInAccount = { ...account, homeAccountId: 'other', name: 'Olga Other', username: 'olga@contoso.com' };
    const api = installFakeApi({ ...signedOut, accounts: [other] });
    api.switchAccount.mockResolvedValue(ok(other));
    const user = userEvent.setup();
    renderApp();
    const resume = await screen.findByRole('button', { name: 'Continue as Olga Other (Contoso)' });
    expect(document.activeElement).toBe(resume);
    await user.click(resume);
    expect(api.switchAccount).toHaveBeenCalledWith({ profileId: 'contoso', homeAccountId: 'other' });
    expect(await screen.findByRole('combobox', { name: 'Find a person' })).toBeTruthy();
  });

  it('renews an expired sign-in in the browser for the same person', async () => {
    const other: SignedInAccount = { ...account, homeAccountId: 'other', name: 'Olga Other', username: 'olga@contoso.com' };
    const api = installFakeApi({ ...signedOut, accounts: [other] });
    api.switchAccount.mockResolvedValue(err(appError('not_signed_in', 'Your sign-in has expired.')));
    api.signIn.mockResolvedValue(ok(other));
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Continue as Olga Other (Contoso)' }));
    expect(api.signIn).toHaveBeenCalledWith({ profileId: 'contoso', loginHint: 'olga@contoso.com' });
    expect(await screen.findByRole('combobox', { name: 'Find a person' })).toBeTruthy();
  });

  it('removes the chosen profile', async () => {
    const api = installFakeApi(signedOut);
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Remove profile Contoso' }));
    expect(api.removeProfile).toHaveBeenCalledWith({ profileId: 'contoso' });
    expect(await screen.findByText(/No tenant profiles yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });
});
