import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok, type ExistingPass } from '../../../src/shared';
import { addMinutes, formatLocal } from '../../../src/renderer/src/format/date-time';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { adele, contextFor, installFakeApi, person } from '../fake-api';
import { showPerson } from '../render';

const card = () => screen.getByRole('region', { name: 'Adele Vance' });
const createButton = () => screen.getByRole('button', { name: 'Create pass' });

const existing = (extra: Partial<ExistingPass>): ExistingPass => ({
  id: 'old',
  createdDateTime: '2030-05-01T08:00:00Z',
  startDateTime: '2030-05-01T08:00:00Z',
  lifetimeInMinutes: 60,
  isUsableOnce: true,
  isUsable: true,
  methodUsabilityReason: 'EnabledByPolicy',
  ...extra,
});

describe('user card', () => {
  it('shows who the person is', async () => {
    const api = installFakeApi();
    await showPerson(
      api,
      contextFor(adele, {
        methods: [
          { id: 'm1', type: 'passwordAuthenticationMethod', label: 'Password' },
          { id: 'm2', type: 'fido2AuthenticationMethod', label: 'Passkey (FIDO2) · YubiKey 5', device: 'YubiKey 5' },
          { id: 'm3', type: 'futureKeyAuthenticationMethod', label: 'futureKeyAuthenticationMethod' },
        ],
      }),
    );
    const region = card();
    for (const text of ['adele@contoso.com', 'Retail Manager', 'Sales', 'NL', 'nl-NL', 'Utrecht', 'Enabled', 'Member', 'Password', 'YubiKey 5']) {
      expect(within(region).getByText(text)).toBeTruthy();
    }
    const methods = within(within(region).getByRole('region', { name: 'Sign-in methods' })).getAllByRole('listitem');
    expect(methods.map((item) => item.textContent)).toEqual(['Password', 'Passkey (FIDO2) · YubiKey 5', 'futureKeyAuthenticationMethod']);
    expect(within(region).getByText('YubiKey 5').getAttribute('translate')).toBe('no');
    expect(within(region).getByText('futureKeyAuthenticationMethod').getAttribute('translate')).toBe('no');
    expect(within(region).getByText('None')).toBeTruthy();
    expect(region.querySelector('img')).toBeNull();
    expect(region.textContent).toContain('AV');
  });

  it('shows the photo when there is one, and says when no methods are registered', async () => {
    const api = installFakeApi();
    await showPerson(api, contextFor(adele, { photoDataUrl: 'data:image/jpeg;base64,AAAA' }));
    expect(card().querySelector('img')?.getAttribute('src')).toBe('data:image/jpeg;base64,AAAA');
    expect(within(card()).getByText('None registered yet')).toBeTruthy();
  });

  it("says when the technician's role can't see the methods", async () => {
    const api = installFakeApi();
    await showPerson(api, contextFor(adele, { methods: null, findings: [{ severity: 'block', code: 'insufficient_role' }] }));
    expect(within(card()).getByText("Your role can't see this person's methods")).toBeTruthy();
    expect(within(card()).getByText('Not visible with your role')).toBeTruthy();
    expect(within(card()).getByText('Another administrator needed')).toBeTruthy();
    expect(createButton().getAttribute('aria-disabled')).toBe('true');
  });

  it('marks disabled accounts and guests', async () => {
    const api = installFakeApi();
    const gina = person('gina', 'Adele Vance', { accountEnabled: false, userType: 'Guest' });
    await showPerson(api, contextFor(gina));
    expect(within(card()).getByText('Disabled')).toBeTruthy();
    expect(within(card()).getByText('Guest')).toBeTruthy();
  });

  it.each([
    [{ methodUsabilityReason: 'EnabledByPolicy' }, 'Usable', `Valid until ${formatLocal(addMinutes('2030-05-01T08:00:00Z', 60))}`],
    [{ methodUsabilityReason: 'NotYetValid', isUsable: false }, 'Not yet valid', `Starts ${formatLocal('2030-05-01T08:00:00Z')}`],
    [{ methodUsabilityReason: 'Expired', isUsable: false }, 'Expired', `Expired ${formatLocal(addMinutes('2030-05-01T08:00:00Z', 60))}`],
    [{ methodUsabilityReason: 'OneTimeUsed', isUsable: false }, 'Used', 'Its one sign-in has been used.'],
  ] as const)('describes an existing pass that is %o', async (state, label, detail) => {
    const api = installFakeApi();
    await showPerson(api, contextFor(adele, { existingPass: existing(state) }));
    const section = within(card()).getByRole('region', { name: 'Existing pass' });
    expect(within(section).getByText(label)).toBeTruthy();
    expect(within(section).getByText(detail)).toBeTruthy();
    expect(within(section).getByText('1 hour · one-time')).toBeTruthy();
  });

  it('shows a blocking finding as an error and explains why Create is unavailable', async () => {
    const api = installFakeApi();
    const message =
      'This is an external guest; Microsoft Entra does not issue passes to guests. The person signs in with the account of their own organization, which can help them sign in.';
    await showPerson(api, contextFor(adele, { findings: [{ severity: 'block', code: 'external_guest' }] }));
    const bar = screen.getByText('External guest').closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent).toContain(message);
    const button = createButton();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(message);
    expect(useAnnouncerStore.getState().message).toBe(`Adele Vance: a pass can't be created. ${message}`);
  });

  it('shows warnings without blocking', async () => {
    const api = installFakeApi();
    await showPerson(
      api,
      contextFor(adele, {
        policy: null,
        findings: [{ severity: 'warn', code: 'account_disabled' }],
      }),
    );
    expect(screen.getByText('Account disabled')).toBeTruthy();
    expect(screen.getByText('Pass policy not readable')).toBeTruthy();
    expect(createButton().getAttribute('aria-disabled')).toBeNull();
  });
});

describe('an existing pass on the card', () => {
  it('can be revoked later, after confirmation, and the card is read again', async () => {
    const api = installFakeApi();
    await showPerson(api, contextFor(adele, { existingPass: existing({}) }));
    api.prepareTap.mockResolvedValue(ok(contextFor(adele, { existingPass: null })));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Revoke pass' }));
    expect(api.revokePass).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: 'Revoke' }));
    expect(api.revokePass).toHaveBeenCalledWith({ userId: adele.id, passId: existing({}).id });
    await waitFor(() => expect(within(card()).getByText('None')).toBeTruthy());
  });
});
