import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok, type Session, type SignedInAccount } from '../../../src/shared';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { useTenantSettingsStore } from '../../../src/renderer/src/features/settings/tenant-settings-store';
import { account, adele, installFakeApi, issuedFor, signedIn, signedOut } from '../fake-api';
import { renderApp } from '../render';

const second: SignedInAccount = { ...account, homeAccountId: 'second', name: 'Sam Second', username: 'sam@contoso.com' };
/**
 * The leave dialog, as the technician's screen reader meets it in Chromium (the end-to-end settings spec checks
 * it there with axe). happy-dom focuses the dialog's surface instead of its first button, and Fluent's focus
 * library then marks that surface aria-hidden some 200 ms later, so on a slow run the dialog must be found
 * regardless of that attribute.
 */
const inDialog = { hidden: true } as const;

const heading = () => screen.queryByRole('heading', { level: 2, name: 'Settings for Contoso' });
const serviceDeskName = () => screen.getByRole('textbox', { name: 'Service desk name' }) as HTMLInputElement;

const openFromWorkspace = async (session: Session = signedIn) => {
  const api = installFakeApi(session);
  const user = userEvent.setup();
  renderApp();
  await user.click(await screen.findByRole('button', { name: 'Tenant settings' }));
  await screen.findByRole('button', { name: 'Reset to defaults' });
  return { api, user };
};

describe('tenant settings: leaving the page', () => {
  it('returns with Back straight away when nothing changed', async () => {
    const { user } = await openFromWorkspace();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(heading()).toBeNull();
    expect(await screen.findByRole('combobox', { name: 'Find a person' })).toBeTruthy();
  });

  it('asks before Back drops unsaved changes: Keep editing stays, Discard leaves', async () => {
    const { api, user } = await openFromWorkspace();
    await user.type(serviceDeskName(), 'Contoso IT');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?', ...inDialog });
    expect(within(dialog).getByText('Your changes to the settings for Contoso have not been saved.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing', ...inDialog }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', inDialog)).toBeNull());
    expect(serviceDeskName().value).toBe('Contoso IT');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Discard', ...inDialog }));
    expect(await screen.findByRole('combobox', { name: 'Find a person' })).toBeTruthy();
    expect(heading()).toBeNull();
    expect(api.saveTenantSettings).not.toHaveBeenCalled();
  });

  it('asks before signing out over unsaved changes, then signs out', async () => {
    const { api, user } = await openFromWorkspace();
    await user.type(serviceDeskName(), 'Contoso IT');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?', ...inDialog })).toBeTruthy();
    expect(api.signOut).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Discard', ...inDialog }));
    expect(api.signOut).toHaveBeenCalledOnce();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('asks before switching account over unsaved changes, and switches only on Discard', async () => {
    const { api, user } = await openFromWorkspace({ ...signedIn, accounts: [account, second] });
    api.switchAccount.mockResolvedValue(ok(second));
    await user.type(serviceDeskName(), 'Contoso IT');
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    await user.click(await screen.findByRole('menuitem', { name: /Sam Second/ }));
    await user.click(await screen.findByRole('button', { name: 'Keep editing', ...inDialog }));
    expect(api.switchAccount).not.toHaveBeenCalled();
    expect(heading()).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    await user.click(await screen.findByRole('menuitem', { name: /Sam Second/ }));
    await user.click(await screen.findByRole('button', { name: 'Discard', ...inDialog }));
    // Discarding, switching and leaving the page happen one after another, each after an answer.
    await waitFor(() => expect(api.switchAccount).toHaveBeenCalledWith({ profileId: 'contoso', homeAccountId: 'second' }));
    expect(await screen.findByText('sam@contoso.com · Contoso')).toBeTruthy();
    await waitFor(() => expect(heading()).toBeNull());
  });
});

describe('tenant settings: where they open and what they change', () => {
  it('opens per profile from the sign-in screen and returns focus to its button', async () => {
    const api = installFakeApi(signedOut);
    const user = userEvent.setup();
    renderApp();
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add tenant profile' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Settings for Contoso' }));
    await screen.findByRole('button', { name: 'Reset to defaults' });
    expect(document.activeElement).toBe(heading());
    expect(api.getTenantSettings).toHaveBeenCalledWith({ profileId: 'contoso' });
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const settings = await screen.findByRole('button', { name: 'Settings for Contoso' });
    expect(document.activeElement).toBe(settings);
  });

  it('is not offered while a pass is on screen', async () => {
    installFakeApi(signedIn);
    renderApp();
    const button = (await screen.findByRole('button', { name: 'Tenant settings' })) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    act(() => useHandoffStore.getState().start(issuedFor(adele.id), adele.displayName, []));
    expect(button.disabled).toBe(true);
  });

  it("loads the active tenant's settings after sign-in and takes them up once saved", async () => {
    const api = installFakeApi(signedOut);
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Tenant settings' }));
    expect(api.getTenantSettings).toHaveBeenCalledTimes(2);
    expect(useTenantSettingsStore.getState().settings?.defaults.autoHideSeconds).toBe(120);
    const hide = await screen.findByRole('spinbutton', { name: 'Hide the pass after (seconds)' });
    await user.clear(hide);
    await user.type(hide, '60');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(useTenantSettingsStore.getState().settings?.defaults.autoHideSeconds).toBe(60));
  });
});
