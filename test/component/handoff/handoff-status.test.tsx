import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok, type AuthMethod, type ExistingPass, type PassStatus, type Result } from '../../../src/shared';
import { POLL_INTERVAL_MS } from '../../../src/renderer/src/features/handoff/use-status-polling';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { deferred, installFakeApi, issuedFor } from '../fake-api';
import { queryShown, showHandoff } from '../render';

const { temporaryAccessPass: _secret, ...issued } = issuedFor('adele');
const passwordMethod: AuthMethod = { id: 'pw', type: 'passwordAuthenticationMethod', label: 'Password' };
const passkey: AuthMethod = { id: 'fido-1', type: 'fido2AuthenticationMethod', label: 'Passkey (FIDO2) · YubiKey 5', device: 'YubiKey 5' };

const statusOf = (pass: Partial<ExistingPass> | null, methods: AuthMethod[] | null = []): Result<PassStatus> =>
  ok({ existingPass: pass ? { ...issued, ...pass } : null, methods, checkedAt: '2030-05-01T09:05:00Z' });

const step = (label: string) => screen.getByText(label).closest('li')!;
const announced = () => useAnnouncerStore.getState().message;
const poll = () => act(() => vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});

describe('handoff status', () => {
  it('follows the pass from waiting, to used, to a new method', async () => {
    const api = installFakeApi();
    api.passStatus
      .mockResolvedValueOnce(statusOf({}, [passwordMethod]))
      .mockResolvedValueOnce(statusOf({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' }, [passwordMethod]))
      .mockResolvedValueOnce(statusOf({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' }, [passwordMethod, passkey]));
    showHandoff(issuedFor('adele', { isUsableOnce: true }), [passwordMethod]);
    expect(step('Waiting for first sign-in').getAttribute('aria-current')).toBe('step');
    expect(api.passStatus).not.toHaveBeenCalled();

    await poll();
    expect(api.passStatus).toHaveBeenCalledWith({ userId: 'adele' });
    expect(step('Waiting for first sign-in').getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(/^Checked at /)).toBeTruthy();

    await poll();
    expect(step('Waiting for first sign-in').getAttribute('aria-current')).toBeNull();
    expect(step('Pass used').textContent).toContain('Done');
    expect(screen.getByText('Its one sign-in has been used.')).toBeTruthy();
    expect(announced()).toBe('Pass used.');

    await poll();
    expect(step('New method registered: Passkey (FIDO2) · YubiKey 5').textContent).toContain('Done');
    expect(queryShown('New method registered: Password')).toBeNull();
    expect(announced()).toBe('New method registered: Passkey (FIDO2) · YubiKey 5.');
    expect(api.passStatus).toHaveBeenCalledTimes(3);
  });

  it('counts a pass that disappeared or was replaced as used', async () => {
    const api = installFakeApi();
    api.passStatus.mockResolvedValueOnce(statusOf({ id: 'someone-elses-pass' })).mockResolvedValueOnce(statusOf(null));
    showHandoff();
    await poll();
    expect(step('Pass used').textContent).toContain("It's no longer listed");
    await poll();
    expect(step('Pass used').textContent).toContain("It's no longer listed");
    expect(screen.getByRole('button', { name: 'Revoke pass' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('shows an expired pass as ended, not used', async () => {
    const api = installFakeApi();
    api.passStatus.mockResolvedValue(statusOf({ isUsable: false, methodUsabilityReason: 'Expired' }));
    showHandoff();
    await poll();
    expect(step('Pass expired').textContent).toContain('Ended');
    expect(step('Waiting for first sign-in').textContent).toContain('Ended');
    expect(announced()).toBe('Pass expired.');
  });

  it('takes the first methods it sees as the baseline when none were visible at issue', async () => {
    const api = installFakeApi();
    api.passStatus.mockResolvedValueOnce(statusOf({}, [passwordMethod])).mockResolvedValueOnce(statusOf({}, [passwordMethod, passkey]));
    showHandoff(issuedFor('adele'), null);
    await poll();
    expect(queryShown(/New method registered: /)).toBeNull();
    await poll();
    expect(screen.getByText('New method registered: Passkey (FIDO2) · YubiKey 5')).toBeTruthy();
    expect(step('Waiting for first sign-in').textContent).toContain('Done');
  });

  it('never has two checks under way, whether from the timer or from Check now', async () => {
    const api = installFakeApi();
    const slow = deferred<Result<PassStatus>>();
    api.passStatus.mockReturnValueOnce(slow.promise);
    showHandoff();
    await poll();
    await act(() => vi.advanceTimersByTimeAsync(3 * POLL_INTERVAL_MS));
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    expect(api.passStatus).toHaveBeenCalledTimes(1);

    await act(async () => slow.resolve(statusOf({})));
    await act(() => vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS - 1));
    expect(api.passStatus).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(api.passStatus).toHaveBeenCalledTimes(2);
  });

  it('checks at once on Check now', async () => {
    const api = installFakeApi();
    showHandoff();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Check now' })));
    expect(api.passStatus).toHaveBeenCalledTimes(1);
  });

  it('stops polling when the view goes away', async () => {
    const api = installFakeApi();
    const view = showHandoff();
    await poll();
    view.unmount();
    await act(() => vi.advanceTimersByTimeAsync(10 * POLL_INTERVAL_MS));
    expect(api.passStatus).toHaveBeenCalledTimes(1);
  });

  it('shows a failed check inline, keeps the pass on screen, and recovers', async () => {
    const api = installFakeApi();
    api.passStatus.mockResolvedValueOnce(err({ code: 'network', message: 'offline' })).mockResolvedValueOnce(statusOf({}));
    showHandoff();
    await poll();
    expect(screen.getByText(/Couldn't check the status\. TAP Desk can't reach Microsoft\./)).toBeTruthy();
    expect(screen.getByLabelText('Temporary Access Pass').textContent).toBe('Kq7#mP0x');
    await poll();
    expect(queryShown(/Couldn't check the status/)).toBeNull();
  });

  it('waits as long as a throttled answer asks before checking again', async () => {
    const api = installFakeApi();
    api.passStatus.mockResolvedValueOnce(err({ code: 'throttled', message: 'Too many requests', retryAfterSeconds: 30 }));
    showHandoff();
    await poll();
    await act(() => vi.advanceTimersByTimeAsync(29_000));
    expect(api.passStatus).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(api.passStatus).toHaveBeenCalledTimes(2);
  });
});
