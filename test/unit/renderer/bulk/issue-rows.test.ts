import { describe, expect, it } from 'vitest';
import type { ResolvedBatch } from '../../../../src/renderer/src/features/bulk/review/batch-options';
import { droppedListLifetime, hireStartsAmong, issueRowsOf, ownOptionsOf } from '../../../../src/renderer/src/features/bulk/review/issue-rows';
import { findingRow } from './finding-row-fixtures';

const range = { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 1440 };
const hireDay = '2030-05-06T00:00:00+02:00';
const chosenStart = '2030-05-03T08:00:00+02:00';

const batch = (extra: Partial<ResolvedBatch> = {}): ResolvedBatch => ({
  lifetimeInMinutes: 480,
  isUsableOnce: false,
  oneTimeForced: false,
  start: 'hire',
  startDateTime: null,
  ...extra,
});

const rows = [
  findingRow(2, 'ready', { suggestedStart: hireDay }),
  findingRow(3, 'ready'),
  findingRow(4, 'has_pass'),
  findingRow(5, 'ready', { options: { lifetimeInMinutes: 120, isUsableOnce: true, startDateTime: chosenStart } }),
  findingRow(6, 'not_found'),
];

describe('the rows to issue', () => {
  it('are the rows chosen to issue or replace, each with the batch’s options and its hire date under that rule', () => {
    expect(issueRowsOf(rows, { 4: 'replace' }, {}, batch(), range)).toEqual([
      { line: 2, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false, startDateTime: hireDay },
      { line: 3, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false },
      { line: 4, action: 'replace', lifetimeInMinutes: 480, isUsableOnce: false },
      { line: 5, action: 'issue', lifetimeInMinutes: 120, isUsableOnce: true, startDateTime: chosenStart },
    ]);
  });

  it('start at once, or at the batch’s chosen time, under those rules', () => {
    expect(issueRowsOf(rows.slice(0, 2), {}, {}, batch({ start: 'now' }), range).map((row) => row.startDateTime)).toEqual([undefined, undefined]);
    expect(issueRowsOf(rows.slice(0, 2), {}, {}, batch({ start: 'at', startDateTime: chosenStart }), range).map((row) => row.startDateTime)).toEqual([
      chosenStart,
      chosenStart,
    ]);
  });

  it('take what the technician set for a row over the list’s options, and the batch’s for the rest', () => {
    const issued = issueRowsOf(rows, {}, { 5: { start: 'now' }, 3: { lifetimeInMinutes: 90, isUsableOnce: true } }, batch(), range);
    expect(issued.find((row) => row.line === 5)).toEqual({ line: 5, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false });
    expect(issued.find((row) => row.line === 3)).toEqual({ line: 3, action: 'issue', lifetimeInMinutes: 90, isUsableOnce: true });
  });

  it('are one-time when the policy makes every pass one-time, whatever a row asked', () => {
    const issued = issueRowsOf(rows, {}, { 3: { isUsableOnce: false } }, batch({ isUsableOnce: true, oneTimeForced: true }), range);
    expect(issued.every((row) => row.isUsableOnce)).toBe(true);
  });

  it('drop a list’s lifetime the tenant’s range refuses, so the batch’s applies', () => {
    const long = findingRow(7, 'ready', { options: { lifetimeInMinutes: 10_080 } });
    expect(droppedListLifetime(long, range)).toBe(10_080);
    expect(ownOptionsOf(long, {}, range)).toEqual({});
    expect(issueRowsOf([long], {}, {}, batch(), range)[0]?.lifetimeInMinutes).toBe(480);
    expect(droppedListLifetime(rows[3]!, range)).toBeNull();
  });

  it('are none when every row is skipped', () => {
    expect(issueRowsOf(rows, { 2: 'skip', 3: 'skip', 5: 'skip' }, {}, batch(), range)).toEqual([]);
  });
});

describe('hire dates ahead', () => {
  it('counts the rows to issue that start on their hire date', () => {
    expect(hireStartsAmong(rows, {}, {}, range)).toBe(1);
    expect(hireStartsAmong(rows, { 2: 'skip' }, {}, range)).toBe(0);
    expect(hireStartsAmong(rows, {}, { 2: { start: 'now' } }, range)).toBe(0);
  });
});
