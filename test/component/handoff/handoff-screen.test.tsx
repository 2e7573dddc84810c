import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultTenantSettings, ok, type AuthMethod, type ExistingPass } from '../../../src/shared';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { FALLBACK_AUTO_HIDE_SECONDS, useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { usePassStatusStore } from '../../../src/renderer/src/features/handoff/pass-status-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { useTenantSettingsStore } from '../../../src/renderer/src/features/settings/tenant-settings-store';
import { adele, installFakeApi, issuedFor, signedIn } from '../fake-api';
import { renderApp, showHandoff } from '../render';

const secret = 'Kq7#mP0x';
const passAlt = 'QR code of the pass, for the person to scan with their phone';
const securityAlt = 'QR code that opens the security info page for Adele Vance';

const passElement = () => screen.getByLabelText('Temporary Access Pass');
const button = (name: string) => screen.getByRole('button', { name });
const announced = () => useAnnouncerStore.getState().message;
/** The pass as polling lists it, still usable. */
const passFacts: ExistingPass = {
  id: 'pass-1',
  createdDateTime: '2030-05-01T09:00:00Z',
  startDateTime: '2030-05-01T09:00:00Z',
  lifetimeInMinutes: 120,
  isUsableOnce: false,
  isUsable: true,
  methodUsabilityReason: 'EnabledByPolicy',
};
const passkey: AuthMethod = { id: 'fido-1', type: 'fido2AuthenticationMethod', label: 'Passkey (FIDO2) · YubiKey 5', device: 'YubiKey 5' };
const useFakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handoff: the pass on screen', () => {
  it('groups the pass in fours with margins, not spaces, and marks look-alike characters', () => {
    installFakeApi();
    showHandoff();
    const groups = Array.from(passElement().children);
    expect(groups.map((group) => group.textContent)).toEqual(['Kq7#', 'mP0x']);
    expect(passElement().textContent).toBe(secret);
    const characters = groups.flatMap((group) => Array.from(group.children));
    const style = (character: string) => getComputedStyle(characters.find((span) => span.textContent === character)!);
    expect(style('0').textDecorationLine).toBe('underline');
    expect(style('#').textDecorationLine).toBe('underline');
    expect(style('K').textDecorationLine).not.toBe('underline');
    expect(style('7').color).not.toBe(style('K').color);
    expect(style('#').color).not.toBe(style('7').color);
    expect(screen.getByText(/dotted underlines mark characters/)).toBeTruthy();
  });

  it('tells digits and symbols apart by shape as well as colour, as the legend says', () => {
    installFakeApi();
    showHandoff();
    const characters = Array.from(passElement().querySelectorAll('span span'));
    const style = (character: string) => getComputedStyle(characters.find((span) => span.textContent === character)!);
    const filled = (character: string) => !['', 'transparent', 'rgba(0, 0, 0, 0)'].includes(style(character).backgroundColor);
    const outlined = (character: string) => style(character).outlineStyle === 'solid';
    expect([filled('7'), outlined('7')]).toEqual([true, false]);
    expect([filled('#'), outlined('#')]).toEqual([false, true]);
    expect([filled('K'), outlined('K')]).toEqual([false, false]);
    expect(screen.getByText(/^Digits sit on filled tiles and symbols in outlined boxes/)).toBeTruthy();
    expect(Array.from(passElement().children).every((group) => group.getAttribute('translate') === 'no')).toBe(true);
  });

  it('spells the pass out group by group', () => {
    installFakeApi();
    showHandoff();
    const spelling = screen.getByRole('list', { name: 'Read it out' });
    expect(within(spelling).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'capital Kilo · lower-case quebec · seven · hash',
      'lower-case mike · capital Papa · zero · lower-case x-ray',
    ]);
  });

  it('hides and shows the pass, its spelling and its QR code from a labelled button', async () => {
    const api = installFakeApi();
    showHandoff();
    // Both codes are drawn asynchronously; the security info code must be there before it is looked for.
    await screen.findByAltText(passAlt);
    await screen.findByAltText(securityAlt);
    fireEvent.click(button('Hide pass'));
    expect(passElement().textContent).toBe('Hidden');
    expect(screen.queryByRole('list', { name: 'Read it out' })).toBeNull();
    expect(screen.queryByAltText(passAlt)).toBeNull();
    expect(screen.getByAltText(securityAlt)).toBeTruthy();
    expect(document.body.textContent).not.toContain(secret);
    expect(announced()).toBe('Pass hidden.');
    expect(api.setPassVisible).toHaveBeenLastCalledWith({ visible: false });
    fireEvent.click(button('Show pass'));
    expect(passElement().textContent).toBe(secret);
    expect(api.setPassVisible).toHaveBeenLastCalledWith({ visible: true });
  });

  it('counts down and then wipes the pass, keeping its validity and status', async () => {
    useFakeClock();
    const api = installFakeApi();
    showHandoff();
    expect(screen.getByText('Hides in 2:00')).toBeTruthy();
    act(() => vi.advanceTimersByTime(6_000));
    expect(screen.getByText('Hides in 1:54')).toBeTruthy();
    fireEvent.click(button('Hide pass'));
    expect(screen.getByText('Cleared in 1:54')).toBeTruthy();
    fireEvent.click(button('Show pass'));
    await act(() => vi.advanceTimersByTimeAsync(FALLBACK_AUTO_HIDE_SECONDS * 1000 - 6_000));
    expect(useHandoffStore.getState().secret).toBeNull();
    expect(passElement().textContent).toBe('Cleared from this screen');
    expect(document.body.textContent).not.toContain(secret);
    expect(screen.queryByAltText(passAlt)).toBeNull();
    expect(screen.queryByText(/Hides in/)).toBeNull();
    expect(screen.getByText('Expires')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Status' })).toBeTruthy();
    expect(screen.getByAltText(securityAlt)).toBeTruthy();
    expect(button('Copy pass').getAttribute('aria-disabled')).toBe('true');
    expect(api.setPassVisible).toHaveBeenLastCalledWith({ visible: false });
    expect(announced()).toBe('The pass was cleared from the screen. Its status stays here.');
  });

  it("wipes the pass after the tenant's own auto-hide seconds", async () => {
    const api = installFakeApi();
    const settings = defaultTenantSettings();
    settings.defaults.autoHideSeconds = 45;
    api.getTenantSettings.mockResolvedValue(ok({ settings, problem: null, logoDataUrl: null }));
    useSessionStore.setState({ status: 'ready', session: signedIn });
    await useTenantSettingsStore.getState().load(signedIn.profiles[0]?.id ?? null);
    useFakeClock();
    showHandoff();
    expect(screen.getByText('Hides in 0:45')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(44_000));
    expect(useHandoffStore.getState().secret).not.toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(useHandoffStore.getState().secret).toBeNull();
    expect(passElement().textContent).toBe('Cleared from this screen');
  });

  it('asks for content protection while the pass is shown and lifts it on unmount', () => {
    const api = installFakeApi();
    const view = showHandoff();
    expect(api.setPassVisible.mock.calls).toEqual([[{ visible: true }]]);
    view.unmount();
    expect(api.setPassVisible.mock.calls).toEqual([[{ visible: true }], [{ visible: false }]]);
  });
});

describe('handoff: Escape and ending the handoff', () => {
  const next = () => button('Next person');
  const passStillOnScreen = () => {
    expect(useHandoffStore.getState().secret).toBe(secret);
    expect(useHandoffStore.getState().handoff).not.toBeNull();
  };

  it('hides the pass on Escape, never discards it, and shows it again on request', async () => {
    const api = installFakeApi();
    showHandoff();
    const user = userEvent.setup();
    expect(document.activeElement).toBe(next());
    await user.keyboard('{Escape}');
    expect(passElement().textContent).toBe('Hidden');
    expect(document.body.textContent).not.toContain(secret);
    expect(announced()).toBe('Pass hidden.');
    expect(api.setPassVisible).toHaveBeenLastCalledWith({ visible: false });
    await user.keyboard('{Escape}');
    passStillOnScreen();
    fireEvent.click(button('Show pass'));
    expect(passElement().textContent).toBe(secret);
  });

  it('leaves Escape to a field, a dialog, or a control that has handled it', async () => {
    installFakeApi();
    showHandoff();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Spelling alphabet' }));
    await user.keyboard('{Escape}');
    expect(passElement().textContent).toBe(secret);

    await user.click(button('Revoke pass'));
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(passElement().textContent).toBe(secret);

    next().addEventListener('keydown', (event) => event.preventDefault());
    next().focus();
    await user.keyboard('{Escape}');
    expect(passElement().textContent).toBe(secret);
  });

  it('asks before Next person forgets a pass the person may still need, with the safe answer first', async () => {
    const api = installFakeApi();
    showHandoff();
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard this pass from the screen?' });
    expect(within(dialog).getByText('You cannot show it again; the pass itself stays valid until it expires or is revoked.')).toBeTruthy();
    // Fluent focuses the first button of a dialog when it opens (happy-dom has no layout for it to find that one).
    expect(within(dialog).getAllByRole('button').map((answer) => answer.textContent)).toEqual(['Keep it on screen', 'Discard']);
    await user.click(within(dialog).getByRole('button', { name: 'Keep it on screen' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    passStillOnScreen();
    expect(passElement().textContent).toBe(secret);
    expect(document.activeElement).toBe(next());

    await user.click(next());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    passStillOnScreen();
    expect(passElement().textContent).toBe(secret);

    await user.click(next());
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    expect(useHandoffStore.getState()).toMatchObject({ handoff: null, secret: null });
    expect(api.forgetPass).toHaveBeenCalledWith({ passId: issuedFor(adele.id).id });
  });

  it('returns to an empty, focused search box once the pass is discarded in the app', async () => {
    installFakeApi();
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Find a person' }), 'adele{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Create pass'));
    await user.keyboard('{Enter}');
    await screen.findByLabelText('Temporary Access Pass');
    await user.keyboard('{Escape}');
    expect(useHandoffStore.getState().secret).toBe(secret);
    await user.click(next());
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    const search = await screen.findByRole('combobox', { name: 'Find a person' });
    expect((search as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(document.body.textContent).not.toContain(secret);
  });

  it('asks also while the pass is hidden, since it could still be shown again', async () => {
    installFakeApi();
    showHandoff();
    fireEvent.click(button('Hide pass'));
    fireEvent.click(next());
    expect(await screen.findByRole('alertdialog')).toBeTruthy();
  });

  it.each([
    ['the pass was cleared from memory', () => act(() => useHandoffStore.getState().wipe())],
    ['the pass was revoked', () => act(async () => void (await useHandoffStore.getState().revoke()))],
    [
      'the one-time pass was used',
      () =>
        act(() =>
          usePassStatusStore.setState({ status: { existingPass: { ...passFacts, methodUsabilityReason: 'OneTimeUsed' }, methods: [], checkedAt: '2030-05-01T09:05:00Z' } }),
        ),
    ],
    [
      'a new method shows the person got in',
      () => act(() => usePassStatusStore.setState({ status: { existingPass: passFacts, methods: [passkey], checkedAt: '2030-05-01T09:05:00Z' } })),
    ],
    [
      'the pass expired',
      () => act(() => usePassStatusStore.setState({ status: { existingPass: { ...passFacts, methodUsabilityReason: 'Expired' }, methods: [], checkedAt: '2030-05-01T09:05:00Z' } })),
    ],
  ])('goes straight on to the next person once %s', async (_, happen) => {
    installFakeApi();
    showHandoff();
    await happen();
    fireEvent.click(next());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useHandoffStore.getState().handoff).toBeNull();
  });
});

describe('handoff: on a small or zoomed window', () => {
  it('heads the pass with Next person, and puts the QR codes and the slip under the pass, never beside it in the source', async () => {
    installFakeApi();
    showHandoff();
    const passQr = await screen.findByAltText(passAlt);
    const follows = (first: Node, second: Node) => Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(screen.getByRole('heading', { name: 'Pass for Adele Vance' }), button('Next person'))).toBe(true);
    expect(follows(button('Next person'), passElement())).toBe(true);
    expect(follows(passElement(), button('Print slip'))).toBe(true);
    expect(follows(button('Print slip'), passQr)).toBe(true);
    expect(follows(passQr, screen.getByRole('heading', { name: 'Status' }))).toBe(true);
  });

  it('focuses Next person without scrolling to it, then brings the pass back into view', () => {
    installFakeApi();
    const scrolled: [Element, unknown][] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, options) {
      scrolled.push([this, options]);
    });
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    showHandoff();
    expect(document.activeElement).toBe(button('Next person'));
    expect(focus.mock.contexts.at(-1)).toBe(button('Next person'));
    expect(focus.mock.calls.at(-1)).toEqual([{ preventScroll: true }]);
    expect(scrolled.at(-1)).toEqual([passElement(), { block: 'nearest' }]);
  });

  it('lets the groups of a long pass wrap instead of shrinking or scrolling sideways', () => {
    installFakeApi();
    showHandoff(issuedFor(adele.id, { temporaryAccessPass: 'Kq7#mP0xAb3$Zr9!Lm2@Xy5%Tw8&Qe4*Hn6?' }));
    const groups = Array.from(passElement().children);
    expect(groups).toHaveLength(9);
    expect(groups.every((group) => getComputedStyle(group).display === 'inline-block' && getComputedStyle(group).whiteSpace === 'nowrap')).toBe(true);
    expect(parseFloat(getComputedStyle(passElement()).fontSize)).toBeGreaterThanOrEqual(32);
    expect(getComputedStyle(passElement()).overflowX).not.toBe('scroll');
    expect(getComputedStyle(passElement()).maxWidth).toBe('100%');
  });
});

describe('handoff: leaving, in German', () => {
  it('asks in German before discarding the pass', async () => {
    installFakeApi();
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    showHandoff();
    fireEvent.click(button('Nächste Person'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Diesen Zugriffspass vom Bildschirm verwerfen?' });
    expect(within(dialog).getByRole('button', { name: 'Auf dem Bildschirm behalten' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Verwerfen' })).toBeTruthy();
    expect(within(dialog).getByText(/bleibt gültig, bis er abläuft oder widerrufen wird\.$/)).toBeTruthy();
  });
});
