import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { deskCapabilityOf, roleIds, type DeskCapability, type PreflightFinding } from '../../../src/shared';
import { adele, contextFor, installFakeApi, signedIn } from '../fake-api';
import { showPerson } from '../render';

const card = () => screen.getByRole('region', { name: 'Adele Vance' });

/** The card as a technician with these roles sees it; main told the session what they allow. */
const showFor = async (desk: DeskCapability, findings: PreflightFinding[], policyReadable = true) => {
  const api = installFakeApi();
  await showPerson(api, contextFor(adele, { findings, methods: null, ...(policyReadable ? {} : { policy: null }) }));
  act(() => useSessionStore.setState({ session: { ...signedIn, desk } }));
};

const authentication = deskCapabilityOf([roleIds.authenticationAdministrator]);

describe("the person's card once the technician's role is known", () => {
  it('gives a Helpdesk Administrator one line naming the role to ask for', async () => {
    await showFor(deskCapabilityOf([roleIds.helpdeskAdministrator]), [{ severity: 'block', code: 'insufficient_role' }]);
    const bar = within(card()).getByText(/^Your role can't issue passes/).closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent?.trim()).toBe("Your role can't issue passes: ask for the Authentication Administrator role.");
    expect(within(card()).queryByText('Another administrator needed')).toBeNull();
  });

  it('tells an Authentication Administrator whom to ask for an admin, and leaves the policy to the note at the top', async () => {
    await showFor(authentication, [{ severity: 'block', code: 'privileged_target' }], false);
    expect(within(card()).getByText('This person holds an admin role: ask a Privileged Authentication Administrator to issue the pass.', { exact: false })).toBeTruthy();
    expect(within(card()).queryByText('Administrator account')).toBeNull();
    expect(within(card()).queryByText('Pass policy not readable')).toBeNull();
  });

  it('names the Privileged Authentication Administrator when Graph refuses an Authentication Administrator', async () => {
    await showFor(authentication, [{ severity: 'block', code: 'insufficient_role' }]);
    expect(
      within(card()).getByText("Your role may not manage this person's sign-in methods: ask a Privileged Authentication Administrator to issue the pass.", {
        exact: false,
      }),
    ).toBeTruthy();
  });

  it('keeps the policy note when the role should read the policy but it could not be read', async () => {
    await showFor(deskCapabilityOf([roleIds.authenticationAdministrator, roleIds.globalReader]), [], false);
    expect(within(card()).getByText('Pass policy not readable')).toBeTruthy();
  });

  it('words the findings with their titles while the role is not known', async () => {
    await showFor(deskCapabilityOf(null), [{ severity: 'block', code: 'insufficient_role' }], false);
    expect(within(card()).getByText('Another administrator needed')).toBeTruthy();
    expect(within(card()).getByText('Pass policy not readable')).toBeTruthy();
  });

  it('speaks German', async () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    await showFor(deskCapabilityOf([roleIds.helpdeskAdministrator]), [{ severity: 'block', code: 'insufficient_role' }]);
    expect(
      within(card()).getByText('Ihre Rolle kann keine Zugriffspässe ausstellen: Fordern Sie die Rolle „Authentifizierungsadministrator“ an.', { exact: false }),
    ).toBeTruthy();
  });
});
