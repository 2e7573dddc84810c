import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, type EventListener, type UserSummary } from '../../../src/shared';
import { getApi } from '../../../src/renderer/src/api';
import { followCalls, useCallsStore, WaitNotice } from '../../../src/renderer/src/features/calls';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  useCallsStore.setState({ running: {} });
});

/** A fake API whose search hangs until released, and whose `on` hands the waiting listener to the test. */
const hangingSearch = () => {
  const api = installFakeApi();
  let release: () => void = () => undefined;
  api.searchUsers.mockImplementation(() => new Promise((resolve) => (release = () => resolve(ok({ users: [] as UserSummary[] })))));
  let waiting: EventListener<'event:waiting'> = () => undefined;
  api.on.mockImplementation(((event: string, listener: EventListener<'event:waiting'>) => {
    if (event === 'event:waiting') waiting = listener;
    return () => undefined;
  }) as typeof api.on);
  stop = followCalls();
  return { api, release: () => release(), waiting: (seconds: number) => waiting({ channel: 'users:search', reason: 'throttled', seconds }) };
};

describe('words for every wait', () => {
  it('says nothing for a quick answer, then what it waits for once a search takes a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { release } = hangingSearch();
    renderInTheme(<WaitNotice />);
    act(() => void getApi().searchUsers({ query: 'lena' }));
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByText(/Still waiting/)).toBeNull();
    act(() => vi.advanceTimersByTime(3000));
    expect(screen.getByText('Still waiting for Microsoft Graph: searching the directory (4 s).')).toBeTruthy();
    await act(async () => release());
    expect(screen.queryByText(/Still waiting/)).toBeNull();
  });

  it('counts down the pause Microsoft asked for, and stops waiting on request', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api, waiting } = hangingSearch();
    renderInTheme(<WaitNotice />);
    act(() => void getApi().searchUsers({ query: 'lena' }));
    act(() => waiting(4));
    expect(screen.getByText('Microsoft asked TAP Desk to wait 4 s before searching the directory again.')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('Microsoft asked TAP Desk to wait 3 s before searching the directory again.')).toBeTruthy();
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(screen.getByRole('button', { name: 'Stop waiting' }));
    expect(api.cancelCall).toHaveBeenCalledWith({ channel: 'users:search' });
  });

  it('speaks German', () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    const { waiting } = hangingSearch();
    renderInTheme(<WaitNotice />);
    act(() => void getApi().searchUsers({ query: 'lena' }));
    act(() => waiting(4));
    expect(screen.getByText('Microsoft hat TAP Desk gebeten, 4 s zu warten, bevor die Verzeichnissuche erneut versucht wird.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nicht mehr warten' })).toBeTruthy();
  });
});
