import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CohortCheck } from '../../../src/shared';
import { CohortReview, resetReview } from '../../../src/renderer/src/features/bulk/review';
import { formatTimeOfDay, toIsoWithOffset } from '../../../src/renderer/src/format/date-time';
import { checkOf, findingRow, hiredOn, policyOf } from '../../unit/renderer/bulk/finding-row-fixtures';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetReview);

/** Entra holds a hire date as the day's midnight UTC. */
const hireDay = '2030-05-06T00:00:00Z';
const onHireDay = (hours: number, minutes = 0) => toIsoWithOffset(new Date(2030, 4, 6, hours, minutes));
const clock = (hours: number, minutes = 0) => formatTimeOfDay(new Date(2000, 0, 1, hours, minutes));

/** The demo tenant's policy: passes last an hour unless asked, up to a day. */
const hourPolicy = policyOf({ defaultLifetimeInMinutes: 60 });

const renderReview = (check: CohortCheck) => {
  installFakeApi();
  const onIssue = vi.fn();
  renderInTheme(<CohortReview check={check} busy={false} onIssue={onIssue} onBack={() => undefined} />);
  return onIssue;
};

const hireTime = () => screen.getByLabelText('Time on the hire date') as HTMLInputElement;
const lifetime = () => screen.getByRole('spinbutton', { name: 'Lifetime' }) as HTMLInputElement;
const issueButton = () => screen.getByRole('button', { name: /^(Issue \d+ pass|No passes to issue)/ });

describe('review: passes that start on the hire date', () => {
  it('start at 08:00 of the day HR entered and last a working day, not the policy’s hour from midnight UTC', () => {
    const onIssue = renderReview(checkOf([hiredOn(findingRow(2, 'ready'), hireDay)], { policy: hourPolicy }));
    expect(hireTime().value).toBe('08:00');
    expect(lifetime().value).toBe('8');
    expect(screen.getByText(`Valid on each hire date from ${clock(8)} to ${clock(16)}.`)).toBeTruthy();
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[0]![0]).toEqual([{ line: 2, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false, startDateTime: onHireDay(8) }]);
  });

  it('start at the time the technician sets, and warn of a pass that ends before noon', () => {
    const onIssue = renderReview(checkOf([hiredOn(findingRow(2, 'ready'), hireDay)], { policy: hourPolicy }));
    fireEvent.change(hireTime(), { target: { value: '07:30' } });
    fireEvent.change(lifetime(), { target: { value: '2' } });
    expect(screen.getByText(`Valid on each hire date from ${clock(7, 30)} to ${clock(9, 30)}.`)).toBeTruthy();
    expect(screen.getByText(`Each pass ends at ${clock(9, 30)}, before noon of the hire date: anyone who arrives later finds theirs expired. Choose a longer lifetime or an earlier time.`)).toBeTruthy();
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[0]![0]).toEqual([{ line: 2, action: 'issue', lifetimeInMinutes: 120, isUsableOnce: false, startDateTime: onHireDay(7, 30) }]);
  });

  it('cannot issue without a time of day', () => {
    const onIssue = renderReview(checkOf([hiredOn(findingRow(2, 'ready'), hireDay)]));
    fireEvent.change(hireTime(), { target: { value: '' } });
    expect(screen.getByText('Enter a time of day.')).toBeTruthy();
    expect(screen.getByText('Correct the start first.')).toBeTruthy();
    fireEvent.click(issueButton());
    expect(onIssue).not.toHaveBeenCalled();
  });

  it('reaches the time field by keyboard, right after its option', async () => {
    renderReview(checkOf([hiredOn(findingRow(2, 'ready'), hireDay)]));
    const user = userEvent.setup();
    screen.getByRole('radio', { name: 'On the person’s hire date' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(hireTime());
  });

  it('give passes that start at once the policy’s lifetime, and keep a lifetime the technician typed', () => {
    renderReview(checkOf([findingRow(2, 'ready')], { policy: hourPolicy }));
    fireEvent.click(screen.getByRole('radio', { name: 'At once' }));
    expect(lifetime().value).toBe('1');
    expect(screen.queryByLabelText('Time on the hire date')).toBeNull();
    expect(screen.queryByText(/^Valid on each hire date/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'At a chosen time' }));
    expect(lifetime().value).toBe('8');
    fireEvent.change(lifetime(), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('radio', { name: 'On the person’s hire date' }));
    expect(lifetime().value).toBe('3');
  });

  it('say from what the rows really get when each pass starts, a start of their own from the list included', () => {
    renderReview(
      checkOf([
        hiredOn(findingRow(2, 'ready'), hireDay),
        hiredOn(findingRow(3, 'ready'), '2031-01-05T00:00:00Z'),
        findingRow(4, 'ready', { options: { startDateTime: '2030-05-07T09:00:00+02:00' } }),
        findingRow(5, 'ready'),
      ]),
    );
    expect(screen.getByText('2 passes start on each person’s hire date.')).toBeTruthy();
    expect(screen.getByText('1 pass starts at its own time, from the list or its row’s options.')).toBeTruthy();
    expect(screen.getByText('1 pass starts at once: the person’s hire date has passed or is not set.')).toBeTruthy();
    expect(screen.queryByText(/No one chosen has a hire date ahead/)).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: 'At once' }));
    expect(screen.getByText('3 passes start at once.')).toBeTruthy();
    expect(screen.getByText('1 pass starts at its own time, from the list or its row’s options.')).toBeTruthy();
  });
});
