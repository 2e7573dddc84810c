import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { err } from '../../../src/shared';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { installFakeApi } from '../fake-api';
import { showHandoff } from '../render';

const secret = 'Kq7#mP0x';

const passElement = () => screen.getByLabelText('Temporary Access Pass');
const button = (name: string) => screen.getByRole('button', { name });
const announced = () => useAnnouncerStore.getState().message;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handoff: revoke', () => {
  it('asks first, then revokes, wipes the pass and says so', async () => {
    const api = installFakeApi();
    showHandoff();
    fireEvent.click(button('Revoke pass'));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Revoke the pass for Adele Vance? It stops working immediately.')).toBeTruthy();
    expect(api.revokePass).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
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
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.revokePass).not.toHaveBeenCalled();
    expect(passElement().textContent).toBe(secret);
  });

  it('keeps the dialog open with the reason when revoking fails', async () => {
    const api = installFakeApi();
    api.revokePass.mockResolvedValue(err({ code: 'network', message: 'offline' }));
    showHandoff();
    fireEvent.click(button('Revoke pass'));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await within(dialog).findByText("TAP Desk can't reach Microsoft.")).toBeTruthy();
    expect(useHandoffStore.getState()).toMatchObject({ secret, revoked: false });
  });

  it('lets the technician stop waiting for a revoke that hangs, then says the pass still works', async () => {
    const api = installFakeApi();
    let answer: (value: Awaited<ReturnType<typeof api.revokePass>>) => void = () => undefined;
    api.revokePass.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    showHandoff();
    fireEvent.click(button('Revoke pass'));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Stop waiting' }));
    expect(api.cancelTap).toHaveBeenCalledWith({ userId: 'adele' });
    await act(async () => answer(err({ code: 'cancelled', message: 'Stopped.', passState: { outcome: 'pending', previousPass: 'kept' } })));
    expect(await within(dialog).findByText(/nothing has changed so far/)).toBeTruthy();
    expect(useHandoffStore.getState()).toMatchObject({ revoked: false, revoking: false });
  });
});
