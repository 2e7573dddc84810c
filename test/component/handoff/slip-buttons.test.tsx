import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { useHandoffStore } from '../../../src/renderer/src/features/handoff/handoff-store';
import { installFakeApi, issuedFor } from '../fake-api';
import { showHandoff } from '../render';

const button = (name: string) => screen.getByRole('button', { name });
const announced = () => useAnnouncerStore.getState().message;

afterEach(() => {
  vi.restoreAllMocks();
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
