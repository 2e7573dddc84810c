import { describe, expect, it } from 'vitest';
import { choicesFor, cohortFindingSchema } from '../../../../src/shared';
import {
  applyBulkChoice,
  choiceOf,
  findingCounts,
  hasChoice,
  issueCounts,
  linesChangedBy,
  replaceableCount,
  rowsShown,
} from '../../../../src/renderer/src/features/bulk/review/review-model';
import { findingRow } from './finding-row-fixtures';

const rows = [
  findingRow(2, 'ready'),
  findingRow(3, 'ready'),
  findingRow(4, 'has_pass'),
  findingRow(5, 'disabled'),
  findingRow(6, 'privileged'),
  findingRow(7, 'not_found'),
  findingRow(8, 'guest'),
  findingRow(9, 'has_pass'),
];

describe('the choice of each row', () => {
  it('starts from the safe choice: issue when ready, skip for anything found', () => {
    expect(rows.map((row) => choiceOf(row, {}))).toEqual(['issue', 'issue', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip']);
  });

  it('keeps the technician’s choice only where the finding offers it', () => {
    expect(choiceOf(findingRow(4, 'has_pass'), { 4: 'replace' })).toBe('replace');
    expect(choiceOf(findingRow(7, 'not_found'), { 7: 'issue' })).toBe('skip');
    expect(choiceOf(findingRow(2, 'ready'), { 2: 'replace' })).toBe('issue');
  });

  it('has something to decide only where more than skipping is offered', () => {
    expect(cohortFindingSchema.options.filter((finding) => hasChoice(findingRow(1, finding)))).toEqual(['ready', 'has_pass', 'disabled', 'privileged']);
  });
});

describe('counts and the filter', () => {
  it('counts each finding present, in the contract’s order', () => {
    expect(findingCounts(rows)).toEqual([
      { finding: 'ready', count: 2 },
      { finding: 'has_pass', count: 2 },
      { finding: 'disabled', count: 1 },
      { finding: 'privileged', count: 1 },
      { finding: 'not_found', count: 1 },
      { finding: 'guest', count: 1 },
    ]);
  });

  it('shows every row, or the rows of one finding', () => {
    expect(rowsShown(rows, 'all')).toHaveLength(8);
    expect(rowsShown(rows, 'has_pass').map((row) => row.line)).toEqual([4, 9]);
  });

  it('counts the passes to issue, replacements among them', () => {
    expect(issueCounts(rows, {})).toEqual({ issue: 2, replace: 0 });
    expect(issueCounts(rows, { 4: 'replace', 5: 'issue', 2: 'skip' })).toEqual({ issue: 3, replace: 1 });
  });
});

describe('bulk choices', () => {
  it('replaces every held pass and touches no other row', () => {
    const choices = applyBulkChoice(rows, { 2: 'skip' }, 'replace_all');
    expect(rows.map((row) => choiceOf(row, choices))).toEqual(['skip', 'issue', 'replace', 'skip', 'skip', 'skip', 'skip', 'replace']);
    expect(replaceableCount(rows)).toBe(2);
  });

  it('skips every row with a finding and leaves ready rows as they were', () => {
    const before = { 2: 'skip' as const, 4: 'replace' as const, 5: 'issue' as const };
    const choices = applyBulkChoice(rows, before, 'skip_findings');
    expect(rows.map((row) => choiceOf(row, choices))).toEqual(['skip', 'issue', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip']);
  });

  it('issues to disabled accounts, and not to admins', () => {
    const choices = applyBulkChoice(rows, {}, 'issue_disabled');
    expect(choiceOf(rows[3]!, choices)).toBe('issue');
    expect(choiceOf(rows[4]!, choices)).toBe('skip');
  });

  it('never gives a row a choice its finding does not offer', () => {
    const every = cohortFindingSchema.options.map((finding, index) => findingRow(index + 1, finding));
    for (const bulk of ['replace_all', 'skip_findings', 'issue_disabled'] as const) {
      const choices = applyBulkChoice(every, {}, bulk);
      for (const row of every) {
        const chosen = choices[row.line];
        if (chosen !== undefined) expect(choicesFor(row.finding)).toContain(chosen);
      }
    }
  });

  it('says which lines a bulk choice would change', () => {
    expect(linesChangedBy(rows, {}, 'replace_all')).toEqual([4, 9]);
    expect(linesChangedBy(rows, { 4: 'replace', 9: 'replace' }, 'replace_all')).toEqual([]);
    expect(linesChangedBy(rows, { 5: 'issue' }, 'skip_findings')).toEqual([5]);
  });
});
