import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deskNoteFor } from '../../../src/renderer/src/features/accounts/desk-note';
import { DeskRoleBanner } from '../../../src/renderer/src/features/accounts/desk-role-banner';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { deskCapabilityOf, ok, roleIds, type Session } from '../../../src/shared';
import { account, installFakeApi, signedIn, signedOut } from '../fake-api';
import { renderInTheme } from '../render';

const authentication = deskCapabilityOf([roleIds.authenticationAdministrator]);
const helpdesk = deskCapabilityOf([roleIds.helpdeskAdministrator]);
const withDesk = (desk: Session['desk']): Session => ({ ...signedIn, desk });

const show = (session: Session) => {
  installFakeApi(session);
  useSessionStore.setState({ status: 'ready', session });
  return renderInTheme(<DeskRoleBanner />);
};

const authenticationNote =
  "You are an Authentication Administrator: you can issue passes for people without admin roles. The tenant's pass policy is not readable with this role, so its limits are checked when you create a pass. For admins, ask a Privileged Authentication Administrator.";

describe("the note about the technician's role", () => {
  it('tells an Authentication Administrator what the role allows, that the policy is not readable, and whom to ask for admins', () => {
    show(withDesk(authentication));
    expect(screen.getByText(authenticationNote)).toBeTruthy();
  });

  it('leaves out the policy when the role can read it', () => {
    show(withDesk(deskCapabilityOf([roleIds.authenticationAdministrator, roleIds.globalReader])));
    expect(
      screen.getByText('You are an Authentication Administrator: you can issue passes for people without admin roles. For admins, ask a Privileged Authentication Administrator.'),
    ).toBeTruthy();
  });

  it('warns a Helpdesk Administrator and anyone without a role that they cannot issue passes, and names the role to ask for', () => {
    const first = show(withDesk(helpdesk));
    expect(
      screen.getByText(
        'You are a Helpdesk Administrator: you can reset passwords, but this role cannot issue Temporary Access Passes. Ask for the Authentication Administrator role.',
      ),
    ).toBeTruthy();
    first.unmount();
    show(withDesk(deskCapabilityOf([roleIds.globalReader])));
    expect(screen.getByText('Your account has no role that can issue Temporary Access Passes. Ask for the Authentication Administrator role.')).toBeTruthy();
    expect([helpdesk, deskCapabilityOf([]), authentication].map((desk) => deskNoteFor(desk)?.intent)).toEqual(['warning', 'warning', 'info']);
  });

  it('says nothing when the role can do everything, when the role is not known, or before it is', () => {
    for (const session of [
      withDesk(deskCapabilityOf([roleIds.globalAdministrator])),
      withDesk(deskCapabilityOf([roleIds.privilegedAuthenticationAdministrator, roleIds.globalReader])),
      withDesk(deskCapabilityOf(null)),
      signedIn,
    ]) {
      const view = show(session);
      expect(view.container.textContent).toBe('');
      view.unmount();
    }
    show(withDesk(deskCapabilityOf([roleIds.privilegedAuthenticationAdministrator])));
    expect(
      screen.getByText(
        "You are a Privileged Authentication Administrator: you can issue passes for everyone, admins included. The tenant's pass policy is not readable with this role, so its limits are checked when you create a pass.",
      ),
    ).toBeTruthy();
  });

  it('stays closed for that account until it signs out', async () => {
    const api = installFakeApi(withDesk(authentication));
    useSessionStore.setState({ status: 'ready', session: withDesk(authentication) });
    renderInTheme(<DeskRoleBanner />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Close the note about your role' }));
    expect(screen.queryByText(authenticationNote)).toBeNull();

    // Another account's technician sees their own note.
    const other = { ...account, homeAccountId: 'tech-2.tenant-1', username: 'ben@contoso.com', name: 'Ben' };
    act(() => useSessionStore.setState({ session: { ...signedIn, accounts: [account, other], active: other, desk: helpdesk } }));
    expect(screen.getByText(/^You are a Helpdesk Administrator/)).toBeTruthy();
    act(() => useSessionStore.setState({ session: withDesk(authentication) }));
    expect(screen.queryByText(authenticationNote)).toBeNull();

    api.signOut.mockResolvedValue(ok(signedOut));
    await act(() => useSessionStore.getState().signOut());
    act(() => useSessionStore.setState({ session: withDesk(authentication) }));
    expect(screen.getByText(authenticationNote)).toBeTruthy();
  });

  it('learns the role main read after a sign-in', async () => {
    const api = installFakeApi(signedOut);
    useSessionStore.setState({ status: 'ready', session: signedOut, selectedProfileId: account.profileId });
    renderInTheme(<DeskRoleBanner />);
    api.signIn.mockResolvedValue(ok(account));
    api.getSession.mockResolvedValue(ok(withDesk(helpdesk)));
    await act(() => useSessionStore.getState().signIn());
    expect(await screen.findByText(/^You are a Helpdesk Administrator/)).toBeTruthy();
    expect(useSessionStore.getState().session?.desk).toEqual(helpdesk);
  });

  it('speaks German', () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    show(withDesk(authentication));
    expect(
      screen.getByText(
        'Sie haben die Rolle „Authentifizierungsadministrator“: Sie können Zugriffspässe für Personen ohne Administratorrolle ausstellen. Mit dieser Rolle ist die Zugriffspass-Richtlinie des Mandanten nicht lesbar; ihre Grenzen werden daher erst beim Erstellen eines Passes geprüft. Für Administratoren wenden Sie sich an einen Administrator für privilegierte Authentifizierung.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hinweis zu Ihrer Rolle schließen' })).toBeTruthy();
  });
});
