import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appError, errorCodes } from '../../src/shared';
import { ErrorMessage } from '../../src/renderer/src/errors/error-message';
import { errorText } from '../../src/renderer/src/errors/error-text';
import { renderInTheme } from './render';

describe('error text', () => {
  it.each(errorCodes)('has a sentence and a next step for %s', (code) => {
    const text = errorText[code];
    expect(text.title).toMatch(/^[A-Z].*\.$/);
    expect(text.next).toMatch(/^[A-Z].*\.$/);
    expect(text.next).not.toBe(text.title);
  });

  it('has no words for codes the contract does not know', () => {
    expect(Object.keys(errorText).sort()).toEqual([...errorCodes].sort());
  });

  it('tells a technician without the role what to ask for', () => {
    expect(errorText.insufficient_role).toEqual({
      title: "Your account can't issue passes for this person.",
      next: 'Ask for the Authentication Administrator role, or Privileged Authentication Administrator for admins.',
    });
  });
});

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
