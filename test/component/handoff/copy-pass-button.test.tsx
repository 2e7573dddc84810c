import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { err } from '../../../src/shared';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { installFakeApi, issuedFor } from '../fake-api';
import { showHandoff } from '../render';

const button = (name: string) => screen.getByRole('button', { name });
const announced = () => useAnnouncerStore.getState().message;
const useFakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

afterEach(() => {
  vi.restoreAllMocks();
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
    api.copyPass.mockResolvedValue(err({ code: 'unexpected', message: 'Clipboard unavailable' }));
    showHandoff();
    fireEvent.click(button('Copy pass'));
    expect(await screen.findAllByText(/Something went wrong/)).not.toHaveLength(0);
    expect(screen.queryByText(/Copied/)).toBeNull();
  });
});
