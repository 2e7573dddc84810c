import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultTenantSettings, fail, ok } from '../../../src/shared';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { FALLBACK_AUTO_HIDE_SECONDS, useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { useSessionStore } from '../../../src/renderer/src/features/accounts/session-store';
import { useTenantSettingsStore } from '../../../src/renderer/src/features/settings/tenant-settings-store';
import { installFakeApi, issuedFor, signedIn } from '../fake-api';
import { decodeQrDataUrl } from '../decode-qr-web';
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
    await screen.findByAltText(passAlt);
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

describe('handoff: copy', () => {
  it('has main copy the pass and shows when the clipboard clears, never touching the clipboard itself', async () => {
    useFakeClock();
    const api = installFakeApi();
    const clipboard = vi.spyOn(navigator.clipboard, 'writeText');
    showHandoff();
    await act(async () => fireEvent.click(button('Copy pass')));
    expect(api.copyPass).toHaveBeenCalledWith({ passId: issuedFor('adele').id });
    expect(screen.getByText('Copied — clipboard clears in 30 s')).toBeTruthy();
    expect(announced()).toBe('Pass copied. The clipboard clears in 30 seconds.');
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText('Copied — clipboard clears in 29 s')).toBeTruthy();
    act(() => vi.advanceTimersByTime(29_000));
    expect(screen.getByText('Clipboard cleared')).toBeTruthy();
    expect(clipboard).not.toHaveBeenCalled();
  });

  it('says so when the copy failed', async () => {
    const api = installFakeApi();
    api.copyPass.mockResolvedValue(fail({ code: 'unexpected', message: 'Clipboard unavailable' }));
    showHandoff();
    fireEvent.click(button('Copy pass'));
    expect(await screen.findAllByText(/Something went wrong/)).not.toHaveLength(0);
    expect(screen.queryByText(/Copied/)).toBeNull();
  });
});

describe('handoff: QR codes', () => {
  it('encode exactly the pass and the security info address', async () => {
    installFakeApi();
    showHandoff();
    const passCode = (await screen.findByAltText(passAlt)) as HTMLImageElement;
    const securityCode = (await screen.findByAltText(securityAlt)) as HTMLImageElement;
    expect(await decodeQrDataUrl(passCode.src)).toBe(secret);
    expect(await decodeQrDataUrl(securityCode.src)).toBe(issuedFor('adele').securityInfoUrl);
    expect(screen.getByText('mysignins.microsoft.com')).toBeTruthy();
  });

  it('encode a long pass full of symbols just as exactly', async () => {
    installFakeApi();
    const long = 'aZ0#@%&*!$+-=?^_~.,:;/\\()[]{}<>\'"`|O1lI5Ss2B8G6';
    showHandoff(issuedFor('adele', { temporaryAccessPass: long }));
    expect(passElement().textContent).toBe(long);
    expect(await decodeQrDataUrl(((await screen.findByAltText(passAlt)) as HTMLImageElement).src)).toBe(long);
  });
});

describe('handoff: revoke', () => {
  it('asks first, then revokes, wipes the pass and says so', async () => {
    const api = installFakeApi();
    showHandoff();
    fireEvent.click(button('Revoke pass'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Revoke the pass for Adele Vance? It stops working immediately.')).toBeTruthy();
    expect(api.revokePass).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.revokePass).toHaveBeenCalledWith({ userId: 'adele', passId: 'pass-1' });
    expect(useHandoffStore.getState()).toMatchObject({ secret: null, revoked: true });
    expect(passElement().textContent).toBe('Revoked: the pass no longer works');
    expect(document.body.textContent).not.toContain(secret);
    expect(screen.getByText('Revoked')).toBeTruthy();
    expect(button('Revoke pass').getAttribute('aria-disabled')).toBe('true');
    expect(api.setPassVisible).toHaveBeenLastCalledWith({ visible: false });
    expect(announced()).toBe('Pass revoked for Adele Vance. It no longer works.');
    await waitFor(() => expect(document.activeElement).toBe(button('Next person')));
  });

  it('keeps the pass when the technician cancels', async () => {
    const api = installFakeApi();
    showHandoff();
    fireEvent.click(button('Revoke pass'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.revokePass).not.toHaveBeenCalled();
    expect(passElement().textContent).toBe(secret);
  });

  it('keeps the dialog open with the reason when revoking fails', async () => {
    const api = installFakeApi();
    api.revokePass.mockResolvedValue(fail({ code: 'network', message: 'offline' }));
    showHandoff();
    fireEvent.click(button('Revoke pass'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await within(dialog).findByText('offline')).toBeTruthy();
    expect(useHandoffStore.getState()).toMatchObject({ secret, revoked: false });
  });

  it('lets the technician stop waiting for a revoke that hangs, then says the pass still works', async () => {
    const api = installFakeApi();
    let answer: (value: Awaited<ReturnType<typeof api.revokePass>>) => void = () => undefined;
    api.revokePass.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    showHandoff();
    fireEvent.click(button('Revoke pass'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Stop waiting' }));
    expect(api.cancelTap).toHaveBeenCalledWith({ userId: 'adele' });
    await act(async () => answer(fail({ code: 'cancelled', message: 'Stopped.', passState: { outcome: 'pending', previousPass: 'kept' } })));
    expect(await within(dialog).findByText(/nothing has changed so far/)).toBeTruthy();
    expect(useHandoffStore.getState()).toMatchObject({ revoked: false, revoking: false });
  });
});

describe('handoff: the printed slip', () => {
  it('has main print the slip or save it as a PDF, and says where it went', async () => {
    const api = installFakeApi();
    showHandoff();
    await act(async () => fireEvent.click(button('Print slip')));
    expect(api.printSlip).toHaveBeenCalledWith({ userId: issuedFor('adele').userId, passId: issuedFor('adele').id, output: 'print' });
    expect(screen.getByText('Slip sent to the printer.')).toBeTruthy();
    await act(async () => fireEvent.click(button('Save slip as PDF')));
    expect(api.printSlip).toHaveBeenLastCalledWith({ userId: issuedFor('adele').userId, passId: issuedFor('adele').id, output: 'pdf' });
    expect(announced()).toBe('Slip saved to /home/tech/Temporary Access Pass.pdf.');
  });

  it('cannot be made once the pass is wiped from memory', () => {
    const api = installFakeApi();
    showHandoff();
    act(() => useHandoffStore.getState().wipe());
    fireEvent.click(button('Print slip'));
    expect(button('Print slip').getAttribute('aria-disabled')).toBe('true');
    expect(api.printSlip).not.toHaveBeenCalled();
  });
});
