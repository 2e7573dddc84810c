import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CohortReview, resetReview } from '../../../src/renderer/src/features/bulk/review';
import { checkOf, findingRow } from '../../unit/renderer/bulk/finding-row-fixtures';
import { installFakeApi } from '../fake-api';
import { renderInTheme } from '../render';

afterEach(resetReview);

/*
 * happy-dom lays nothing out, so these read the styles that decide the widths; the end-to-end walk measures the
 * drawn choice against its text.
 */
describe('review: the table’s widths', () => {
  it('gives the Choice column the width of its longest choice, not a fixed share that cuts “Replace their pass” off', () => {
    installFakeApi();
    renderInTheme(<CohortReview check={checkOf([findingRow(2, 'has_pass'), findingRow(3, 'ready')])} busy={false} onIssue={() => undefined} onBack={() => undefined} />);
    expect(getComputedStyle(screen.getByRole('table', { name: 'People of the cohort' })).tableLayout).toBe('auto');
    expect(getComputedStyle(screen.getByRole('columnheader', { name: 'Choice' })).width).toBe('');
    for (const line of [2, 3]) {
      const select = screen.getByRole('combobox', { name: `Choice for line ${line}` });
      expect(getComputedStyle(select.parentElement!).minWidth).toBe('max-content');
    }
  });
});
