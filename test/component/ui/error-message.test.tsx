import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appError } from '../../../src/shared';
import { ErrorMessage } from '../../../src/renderer/src/ui/errors/error-message';
import { errorText } from '../../../src/renderer/src/ui/errors/error-text';
import { usePreferencesStore } from '../../../src/renderer/src/features/preferences/preferences-store';
import { renderInTheme } from '../render';

describe('ErrorMessage', () => {
  it('shows the sentence, the next step, the service detail and the whole request ID, never main’s English message', () => {
    const requestId = '7c1d7a52-3c5e-4a8e-9f43-5a0e0f1b2c3d';
    renderInTheme(<ErrorMessage error={appError('insufficient_role', 'Your account is not allowed to do this.', { requestId, detail: '403 accessDenied Graph said no.' })} />);
    expect(screen.getByText(errorText.insufficient_role.title)).toBeTruthy();
    expect(screen.getByText(errorText.insufficient_role.next)).toBeTruthy();
    expect(screen.getByText('Technical detail: 403 accessDenied Graph said no.')).toBeTruthy();
    expect(screen.queryByText('Your account is not allowed to do this.')).toBeNull();
    const box = screen.getByRole('textbox', { name: 'Request ID' }) as HTMLInputElement;
    expect(box.value).toBe(requestId);
    expect(box.readOnly).toBe(true);
    expect(box.style.width).toBe(`${requestId.length + 1}ch`);
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeTruthy();
  });

  it('words the remedy from the reason main gives, where one code covers several cases', () => {
    renderInTheme(<ErrorMessage error={appError('validation', 'E-mail notifications are turned off.', { reason: 'notices_off' })} />);
    expect(screen.getByText(errorText.validation.title)).toBeTruthy();
    expect(screen.getByText('E-mail notifications are turned off for this tenant. Turn them on in its settings.')).toBeTruthy();
    expect(screen.queryByText(errorText.validation.next)).toBeNull();
  });

  it('speaks the technician’s language, the allowed range and the wait included', () => {
    usePreferencesStore.setState({ preferences: { language: 'de', theme: 'system' } });
    renderInTheme(
      <ErrorMessage
        error={appError('lifetime_out_of_range', 'Out of range.', { lifetimeRange: { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 }, retryAfterSeconds: 4 })}
      />,
    );
    expect(screen.getByText('Der Mandant lässt diese Gültigkeitsdauer nicht zu.')).toBeTruthy();
    expect(screen.getByText('Dieser Mandant erlaubt 1 Stunde–8 Stunden.')).toBeTruthy();
    expect(screen.getByText('Erneut versuchen in 4 s.')).toBeTruthy();
  });

  it('counts down the wait when throttled', () => {
    vi.useFakeTimers();
    renderInTheme(<ErrorMessage error={appError('throttled', 'Busy.', { retryAfterSeconds: 3 })} />);
    expect(screen.getByText('Try again in 3 s.')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('Try again in 2 s.')).toBeTruthy();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText('You can try again now.')).toBeTruthy();
  });

  it('counts from the clock, so a window whose timers were held back is not behind', () => {
    vi.useFakeTimers();
    renderInTheme(<ErrorMessage error={appError('throttled', 'Busy.', { retryAfterSeconds: 5 })} />);
    // Three seconds pass without a single tick, as in a background window; then one tick comes.
    vi.setSystemTime(Date.now() + 3000);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('Try again in 1 s.')).toBeTruthy();
  });

  it('restarts the countdown for a new throttling answer', () => {
    vi.useFakeTimers();
    const first = appError('throttled', 'Busy.', { retryAfterSeconds: 5 });
    const view = renderInTheme(<ErrorMessage error={first} />);
    act(() => vi.advanceTimersByTime(4000));
    expect(screen.getByText('Try again in 1 s.')).toBeTruthy();
    view.rerender(<ErrorMessage error={appError('throttled', 'Busy.', { retryAfterSeconds: 5 })} />);
    expect(screen.getByText('Try again in 5 s.')).toBeTruthy();
  });
});
