import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cohortFindingSchema } from '../../../src/shared';
import { CohortReview, resetReview } from '../../../src/renderer/src/features/bulk/review';
import { formatLocal } from '../../../src/renderer/src/format/date-time';
import { findingRow, checkOf } from '../../unit/renderer/bulk/finding-row-fixtures';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetReview);

const everyFinding = () => checkOf(cohortFindingSchema.options.map((finding, index) => findingRow(index + 2, finding)));

const rowOf = (line: number) => {
  const row = screen.getAllByRole('row').find((candidate) => within(candidate).queryAllByRole('cell')[0]?.textContent?.replace(/\D/g, '') === String(line));
  if (!row) throw new Error(`no row for line ${line}`);
  return row;
};

const renderReview = (check = everyFinding()) => {
  installFakeApi();
  const onIssue = vi.fn();
  const onBack = vi.fn();
  renderInTheme(<CohortReview check={check} busy={false} onIssue={onIssue} onBack={onBack} />);
  return { onIssue, onBack };
};

describe('review: what the check found', () => {
  it('counts each finding in one line of filter buttons', () => {
    renderReview();
    const filter = screen.getByRole('group', { name: 'Show people by finding' });
    expect(within(filter).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'All: 12',
      '1 ready',
      '1 holds a pass',
      '1 disabled account',
      '1 admin',
      '1 not found',
      '1 matches several people',
      '1 guest',
      '1 outside the policy',
      '1 is you',
      '1 listed twice',
      '1 beyond your role',
      '1 not checked',
    ]);
    expect(screen.getByText(/^12 people checked at/)).toBeTruthy();
  });

  it('words each finding with what to do, and offers a choice only where there is one', () => {
    renderReview();
    const table = screen.getByRole('table', { name: 'People of the cohort' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Line',
      'As listed',
      'Person',
      'Finding',
      'Choice',
      'Own options',
      'Language',
    ]);
    expect(within(rowOf(2)).getByText('Ready')).toBeTruthy();
    expect((within(rowOf(2)).getByRole('combobox', { name: 'Choice for line 2' }) as HTMLSelectElement).value).toBe('issue');
    expect(within(rowOf(2)).getByText('Person 2')).toBeTruthy();
    expect(within(rowOf(2)).getByText('person2@contoso.com', { selector: '[translate="no"] *' })).toBeTruthy();
    expect(within(rowOf(2)).getByText('English')).toBeTruthy();

    const holds = rowOf(3);
    expect(within(holds).getByText('Holds a pass')).toBeTruthy();
    expect(within(holds).getByText(`Their pass was issued ${formatLocal('2030-04-28T08:00:00Z')}.`)).toBeTruthy();
    const choice = within(holds).getByRole('combobox', { name: 'Choice for line 3' }) as HTMLSelectElement;
    expect(choice.value).toBe('skip');
    expect([...choice.options].map((option) => option.textContent)).toEqual(['Skip', 'Replace their pass']);

    expect([...(within(rowOf(4)).getByRole('combobox') as HTMLSelectElement).options].map((option) => option.value)).toEqual(['skip', 'issue']);
    expect(within(rowOf(5)).getByText('Admin role')).toBeTruthy();

    const missing = rowOf(6);
    expect(within(missing).getByText('Not found')).toBeTruthy();
    expect(within(missing).getByText('No one in the directory has this sign-in name, mail or employee ID. Check the list.')).toBeTruthy();
    expect(within(missing).getByText('Skipped')).toBeTruthy();
    expect(within(missing).queryByRole('combobox')).toBeNull();
    expect(within(missing).queryByRole('button')).toBeNull();

    expect(within(rowOf(7)).getByText('2 people have this key. Put their sign-in name in the list instead.')).toBeTruthy();
    expect(within(rowOf(8)).getByText('External guest')).toBeTruthy();
    expect(within(rowOf(11)).getByText('The same person as on line 2: only that line gets a pass.')).toBeTruthy();
    const unchecked = rowOf(13);
    expect(within(unchecked).getByText('Not checked')).toBeTruthy();
    expect(within(unchecked).getByText('Skip them in this batch and issue their pass on its own later.')).toBeTruthy();
    expect(within(unchecked).getByText('Microsoft Graph is temporarily unavailable.')).toBeTruthy();
  });

  it('shows only the rows of the finding pressed, and all again', () => {
    renderReview(checkOf([findingRow(2, 'ready'), findingRow(3, 'has_pass'), findingRow(4, 'has_pass')]));
    fireEvent.click(screen.getByRole('button', { name: '2 hold a pass' }));
    expect(screen.getByRole('button', { name: '2 hold a pass' }).getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table', { name: 'People of the cohort' });
    expect(within(table).getAllByRole('combobox', { name: /^Choice for line/ }).map((select) => select.getAttribute('aria-label'))).toEqual([
      'Choice for line 3',
      'Choice for line 4',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'All: 3' }));
    expect(within(table).getAllByRole('combobox', { name: /^Choice for line/ })).toHaveLength(3);
  });

  it('says when the policy or its groups could not be read', () => {
    renderReview(checkOf([findingRow(2, 'ready')], { policy: null, policyScopeChecked: false }));
    expect(screen.getByText('Your role may not read the tenant’s pass policy: the service still applies it when issuing.')).toBeTruthy();
    expect(screen.getByText(/^The tenant’s range could not be read, so the service’s own limits apply here \(10 minutes–30 days\)/)).toBeTruthy();
  });

  it('goes back to the list', () => {
    const { onBack } = renderReview();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
