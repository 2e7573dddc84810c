import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError, fail, ok, type Session, type SignedInAccount } from '../../../src/shared';
import { useCreatePassStore } from '../../../src/renderer/src/features/issuing/create-pass-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { account, deferred, installFakeApi, profile, signedIn, signedOut } from '../fake-api';
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
      pending.resolve(fail(appError('sign_in_cancelled', 'Cancelled.')));
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
    api.signIn.mockResolvedValue(fail(appError('consent_required', 'Consent missing.', { requestId: 'corr-1' })));
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
    api.switchAccount.mockResolvedValue(fail(appError('not_signed_in', 'Your sign-in has expired.')));
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
    api.saveProfile.mockResolvedValue(fail(appError('validation', 'The tenant is not known.')));
    const user = userEvent.setup();
    renderApp();
    await screen.findByLabelText(/^Profile name/);
    await fill(user, { 'Profile name': 'X', 'Tenant ID or domain': 'x.example', 'Application (client) ID': '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f' });
    await user.click(screen.getByRole('button', { name: 'Add tenant profile' }));
    expect(await screen.findByText('The tenant is not known.')).toBeTruthy();
  });
});

describe('workspace header', () => {
  const second: SignedInAccount = { ...account, homeAccountId: 'second', name: 'Sam Second', username: 'sam@contoso.com' };
  const twoAccounts: Session = { ...signedIn, accounts: [account, second] };

  it('shows who is signed in and switches to another account', async () => {
    const api = installFakeApi(twoAccounts);
    api.switchAccount.mockResolvedValue(ok(second));
    const user = userEvent.setup();
    renderApp();
    expect(await screen.findByText('tess@contoso.com · Contoso')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    await user.click(await screen.findByRole('menuitem', { name: /Sam Second/ }));
    expect(api.switchAccount).toHaveBeenCalledWith({ profileId: 'contoso', homeAccountId: 'second' });
    expect(await screen.findByText('sam@contoso.com · Contoso')).toBeTruthy();
  });

  it('holds the account while a pass is being created for it', async () => {
    installFakeApi(twoAccounts);
    renderApp();
    await screen.findByText('tess@contoso.com · Contoso');
    act(() => useCreatePassStore.setState({ creating: true }));
    for (const name of ['Switch account', 'Add account', 'Sign out']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
    act(() => useCreatePassStore.setState({ creating: false }));
    expect((screen.getByRole('button', { name: 'Sign out' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('goes back to sign-in to add an account, and can return', async () => {
    installFakeApi(signedIn);
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Add account' }));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Back to ${account.name}` }));
    expect(await screen.findByRole('combobox', { name: 'Find a person' })).toBeTruthy();
  });

  it('returns to sign-in when the sign-in has expired, and back to the same search after', async () => {
    const api = installFakeApi(signedIn);
    api.searchUsers.mockResolvedValueOnce(fail(appError('not_signed_in', 'Expired.')));
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Find a person' }), 'adele');
    expect(await findShown("You're not signed in, or your sign-in has expired.")).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(api.signIn).toHaveBeenCalledWith({ profileId: 'contoso' });
    const search = (await screen.findByRole('combobox', { name: 'Find a person' })) as HTMLInputElement;
    expect(search.value).toBe('adele');
  });

  it('signs out to the sign-in screen', async () => {
    const api = installFakeApi(signedIn);
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(api.signOut).toHaveBeenCalledWith({ profileId: 'contoso', homeAccountId: account.homeAccountId });
    await waitFor(() => expect(useSessionStore.getState().session?.active).toBeNull());
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
