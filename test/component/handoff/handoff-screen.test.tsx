import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultTenantSettings, ok } from '../../../src/shared';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { FALLBACK_AUTO_HIDE_SECONDS, useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { useTenantSettingsStore } from '../../../src/renderer/src/features/settings/tenant-settings-store';
import { installFakeApi, signedIn } from '../fake-api';
import { showHandoff } from '../render';

const secret = 'Kq7#mP0x';
const passAlt = 'QR code of the pass, for the person to scan with their phone';
const securityAlt = 'QR code that opens the security info page for Adele Vance';

const passElement = () => screen.getByLabelText('Temporary Access Pass');
const button = (name: string) => screen.getByRole('button', { name });
const announced = () => useAnnouncerStore.getState().message;
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
