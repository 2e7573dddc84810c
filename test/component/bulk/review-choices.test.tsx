import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CohortCheck } from '../../../src/shared';
import { CohortReview, resetReview } from '../../../src/renderer/src/features/bulk/review';
import { toIsoWithOffset } from '../../../src/renderer/src/format/date-time';
import { useAnnouncerStore } from '../../../src/renderer/src/ui/announcer-store';
import { findingRow, checkOf, hiredOn, policyOf } from '../../unit/renderer/bulk/finding-row-fixtures';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetReview);

/** Entra's hire date, the day's midnight UTC; its pass starts at 08:00 that day on the desk's clock. */
const hireDay = '2030-05-06T00:00:00Z';
const hireStart = toIsoWithOffset(new Date(2030, 4, 6, 8, 0));

const cohort = () =>
  checkOf([
    hiredOn(findingRow(2, 'ready'), hireDay),
    findingRow(3, 'ready'),
    findingRow(4, 'has_pass'),
    findingRow(5, 'has_pass'),
    findingRow(6, 'disabled'),
    findingRow(7, 'privileged'),
    findingRow(8, 'guest'),
  ]);

const renderReview = (check: CohortCheck = cohort()) => {
  installFakeApi();
  const onIssue = vi.fn();
  renderInTheme(<CohortReview check={check} busy={false} onIssue={onIssue} onBack={() => undefined} />);
  return onIssue;
};

// Hidden ones too: after a dialog closes, happy-dom may leave Fluent's modal layer marking the page aria-hidden.
const choice = (line: number) => (screen.getByRole('combobox', { name: `Choice for line ${line}`, hidden: true }) as HTMLSelectElement).value;
const button = (name: string | RegExp) => screen.getByRole('button', { name, hidden: true });
const issueButton = () => button(/^(Issue \d+ pass|No passes to issue)/);

describe('review: choices and options', () => {
  it('issues the ready rows with the batch’s options, a hire date ahead at 08:00 as the start', () => {
    const onIssue = renderReview();
    expect(issueButton().textContent).toBe('Issue 2 passes');
    fireEvent.click(issueButton());
    expect(onIssue).toHaveBeenCalledWith([
      { line: 2, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false, startDateTime: hireStart },
      { line: 3, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false },
    ]);
  });

  it('replaces every held pass only after an alert that names how many', async () => {
    const onIssue = renderReview();
    await userEvent.setup().click(button('Replace every existing pass'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace 2 existing passes?' });
    expect(within(dialog).getByText('The passes these 2 people hold stop working as soon as the new ones are issued.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep them' })));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect([choice(4), choice(5)]).toEqual(['skip', 'skip']);

    fireEvent.click(button('Replace every existing pass'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace 2 passes' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect([choice(2), choice(3), choice(4), choice(5), choice(6), choice(7)]).toEqual(['issue', 'issue', 'replace', 'replace', 'skip', 'skip']);
    expect(useAnnouncerStore.getState().message).toBe('2 rows changed.');
    expect(screen.getByText('2 of them replace a pass the person holds.')).toBeTruthy();
    expect(button('Replace every existing pass').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[0]![0].map((row: { line: number; action: string }) => [row.line, row.action])).toEqual([
      [2, 'issue'],
      [3, 'issue'],
      [4, 'replace'],
      [5, 'replace'],
    ]);
  });

  it('issues to disabled accounts too, and skips everyone with a finding, without touching a row that does not offer it', () => {
    renderReview();
    fireEvent.click(button('Issue to disabled accounts too'));
    expect([choice(6), choice(7)]).toEqual(['issue', 'skip']);
    expect(issueButton().textContent).toBe('Issue 3 passes');
    fireEvent.change(screen.getByRole('combobox', { name: 'Choice for line 7' }), { target: { value: 'issue' } });
    expect(issueButton().textContent).toBe('Issue 4 passes');
    fireEvent.click(button('Skip everyone with a finding'));
    expect([choice(2), choice(3), choice(4), choice(5), choice(6), choice(7)]).toEqual(['issue', 'issue', 'skip', 'skip', 'skip', 'skip']);
    expect(screen.queryByRole('combobox', { name: 'Choice for line 8' })).toBeNull();
    expect(useAnnouncerStore.getState().message).toBe('2 rows changed.');
  });

  it('keeps the batch’s lifetime inside the policy’s range, in minutes or hours', () => {
    const onIssue = renderReview();
    const lifetime = screen.getByRole('spinbutton', { name: 'Lifetime' }) as HTMLInputElement;
    expect(lifetime.value).toBe('8');
    expect((screen.getByRole('combobox', { name: 'Unit' }) as HTMLSelectElement).value).toBe('hours');
    expect(screen.getByText('8 hours. The tenant allows 1 hour–1 day.')).toBeTruthy();
    fireEvent.change(lifetime, { target: { value: '25' } });
    expect(screen.getByText('Enter a lifetime within 1 hour–1 day.')).toBeTruthy();
    expect(screen.getByText('Correct the lifetime first.')).toBeTruthy();
    expect(issueButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(issueButton());
    expect(onIssue).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('combobox', { name: 'Unit' }), { target: { value: 'minutes' } });
    expect(screen.getByText('Enter a lifetime within 1 hour–1 day.')).toBeTruthy();
    fireEvent.change(lifetime, { target: { value: '90' } });
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[0]![0][0]).toMatchObject({ lifetimeInMinutes: 90 });
  });

  it('forces one-time on, and says why, when the policy makes every pass one-time', () => {
    const onIssue = renderReview(checkOf([findingRow(2, 'ready', { options: { isUsableOnce: false } })], { policy: policyOf({ isUsableOnce: true }) }));
    const oneTime = screen.getByRole('checkbox', { name: 'One-time pass (ends after the first sign-in)' }) as HTMLInputElement;
    expect(oneTime.checked).toBe(true);
    expect(oneTime.disabled).toBe(true);
    expect(screen.getByText('The tenant’s pass policy makes every pass one-time.')).toBeTruthy();
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[0]![0][0]).toMatchObject({ line: 2, isUsableOnce: true });
  });

  it('starts every pass at once or at a chosen time when the technician says so', () => {
    const onIssue = renderReview();
    fireEvent.click(screen.getByRole('radio', { name: 'At a chosen time' }));
    expect(screen.getByText('Choose a date and a time.')).toBeTruthy();
    expect(screen.getByText('Correct the start first.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '2099-01-05T08:30' } });
    fireEvent.click(issueButton());
    const start = toIsoWithOffset(new Date(2099, 0, 5, 8, 30));
    expect(onIssue.mock.calls[0]![0].map((row: { startDateTime?: string }) => row.startDateTime)).toEqual([start, start]);
    fireEvent.click(screen.getByRole('radio', { name: 'At once' }));
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[1]![0].map((row: { startDateTime?: string }) => row.startDateTime)).toEqual([undefined, undefined]);
  });

  it('lets one row go out with its own lifetime, one-time rule and start', async () => {
    const onIssue = renderReview();
    const user = userEvent.setup();
    await user.click(button('Own options for line 2'));
    const dialog = await screen.findByRole('dialog', { name: 'Options for line 2' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Lifetime' }), { target: { value: 'own' } });
    const minutes = within(dialog).getByRole('spinbutton', { name: 'Lifetime in minutes' });
    fireEvent.change(minutes, { target: { value: '30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Enter a lifetime within 1 hour–1 day.')).toBeTruthy();
    fireEvent.change(minutes, { target: { value: '90' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'One-time or multi-use' }), { target: { value: 'once' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Start' }), { target: { value: 'now' } });
    fireEvent.submit(minutes);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button('Own options for line 2')));
    expect(screen.getByText('Valid for 1 hour, 30 minutes')).toBeTruthy();
    expect(screen.getByText('One-time')).toBeTruthy();
    expect(screen.getByText('Starts at once')).toBeTruthy();
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[0]![0][0]).toEqual({ line: 2, action: 'issue', lifetimeInMinutes: 90, isUsableOnce: true });

    await user.click(button('Own options for line 2'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Use the batch’s options' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.queryByText('Valid for 1 hour, 30 minutes')).toBeNull());
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[1]![0][0]).toEqual({ line: 2, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false, startDateTime: hireStart });
  });

  it('shows a row’s options from the list, and drops a lifetime the tenant’s range refuses', () => {
    const onIssue = renderReview(
      checkOf([
        findingRow(2, 'ready', { options: { lifetimeInMinutes: 120, isUsableOnce: true, notifyManager: true } }),
        findingRow(3, 'ready', { options: { lifetimeInMinutes: 10_080 } }),
      ]),
    );
    expect(screen.getByText('Valid for 2 hours')).toBeTruthy();
    expect(screen.getByText('Notify manager')).toBeTruthy();
    expect(screen.getByText('The list’s lifetime (7 days) is outside the tenant’s range: the batch’s lifetime applies.')).toBeTruthy();
    fireEvent.click(issueButton());
    expect(onIssue.mock.calls[0]![0].map((row: { lifetimeInMinutes: number }) => row.lifetimeInMinutes)).toEqual([120, 480]);
  });

  it('cannot issue when every row is skipped', () => {
    renderReview(checkOf([findingRow(2, 'has_pass'), findingRow(3, 'not_found')]));
    expect(issueButton().textContent).toBe('No passes to issue');
    expect(issueButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Choose “Issue a pass” for at least one person.')).toBeTruthy();
  });
});
