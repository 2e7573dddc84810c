import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_COHORT_ROWS } from '../../../src/shared';
import { CohortReview, resetReview } from '../../../src/renderer/src/features/bulk/review';
import { findingRow, checkOf } from '../../unit/renderer/bulk/finding-row-fixtures';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetReview);

const table = () => screen.getByRole('table', { name: 'People of the cohort' });
const shownLines = () => within(table()).getAllByRole('combobox', { name: /^Choice for line/ }).map((select) => select.getAttribute('aria-label'));

describe('review: a cohort of 1,000', () => {
  // Drawn a page at a time, so typing in the batch's fields redraws fifty rows, not a thousand.
  it('shows fifty rows a page, pages on, and keeps every choice across pages', () => {
    installFakeApi();
    const rows = Array.from({ length: MAX_COHORT_ROWS }, (_, index) => findingRow(index + 2, index === 60 ? 'has_pass' : 'ready'));
    const onIssue = vi.fn();
    renderInTheme(<CohortReview check={checkOf(rows)} busy={false} onIssue={onIssue} onBack={() => undefined} />);

    expect(within(table()).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('Rows 1–50 of 1,000')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Previous rows' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Issue 999 passes' })).toBeTruthy();

    fireEvent.change(screen.getByRole('spinbutton', { name: 'Lifetime' }), { target: { value: '12' } });
    expect(screen.getByText('12 hours. The tenant allows 1 hour–1 day.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Next rows' }));
    expect(screen.getByText('Rows 51–100 of 1,000')).toBeTruthy();
    expect(shownLines()[0]).toBe('Choice for line 52');
    fireEvent.change(screen.getByRole('combobox', { name: 'Choice for line 62' }), { target: { value: 'replace' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Choice for line 53' }), { target: { value: 'skip' } });
    expect(screen.getByRole('button', { name: 'Issue 999 passes' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '1 holds a pass' }));
    expect(shownLines()).toEqual(['Choice for line 62']);
    expect((screen.getByRole('combobox', { name: 'Choice for line 62' }) as HTMLSelectElement).value).toBe('replace');
    expect(screen.getByText('Rows 1–1 of 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next rows' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Issue 999 passes' }));
    const issued = onIssue.mock.calls[0]![0] as { line: number; action: string; lifetimeInMinutes: number }[];
    expect(issued).toHaveLength(999);
    expect(issued.find((row) => row.line === 62)).toMatchObject({ action: 'replace', lifetimeInMinutes: 720 });
    expect(issued.some((row) => row.line === 53)).toBe(false);
  });
});
