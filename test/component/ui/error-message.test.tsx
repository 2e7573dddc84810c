import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appError } from '../../../src/shared';
import { ErrorMessage } from '../../../src/renderer/src/ui/errors/error-message';
import { errorText } from '../../../src/renderer/src/ui/errors/error-text';
import { renderInTheme } from '../render';

describe('ErrorMessage', () => {
  it('shows the sentence, the next step, the service message and a copyable request ID', () => {
    renderInTheme(<ErrorMessage error={appError('insufficient_role', 'Graph said no.', { requestId: 'req-42' })} />);
    expect(screen.getByText(errorText.insufficient_role.title)).toBeTruthy();
    expect(screen.getByText(errorText.insufficient_role.next)).toBeTruthy();
    expect(screen.getByText('Graph said no.')).toBeTruthy();
    const requestId = screen.getByRole('textbox', { name: 'Request ID' }) as HTMLInputElement;
    expect(requestId.value).toBe('req-42');
    expect(requestId.readOnly).toBe(true);
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
