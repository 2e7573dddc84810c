import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError, err, ok, type Session, type SignedInAccount } from '../../../src/shared';
import { useCreatePassStore } from '../../../src/renderer/src/features/issuing/create-pass-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { account, installFakeApi, signedIn } from '../fake-api';
import { findShown, renderApp } from '../render';

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
    api.searchUsers.mockResolvedValueOnce(err(appError('not_signed_in', 'Expired.')));
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
