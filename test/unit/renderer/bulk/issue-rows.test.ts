import { describe, expect, it } from 'vitest';
import type { ResolvedBatch } from '../../../../src/renderer/src/features/bulk/review/batch-options';
import { droppedListLifetime, issueRowsOf, ownOptionsOf, startCountsOf } from '../../../../src/renderer/src/features/bulk/review/issue-rows';
import { toIsoWithOffset } from '../../../../src/renderer/src/format/date-time';
import { findingRow, hiredOn } from './finding-row-fixtures';

const range = { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 1440 };
const now = new Date(2030, 4, 1, 9, 0);
/** Entra's hire date: the day's midnight UTC. */
const hireDay = '2030-05-06T00:00:00Z';
const hireAtEight = toIsoWithOffset(new Date(2030, 4, 6, 8, 0));
const chosenStart = '2030-05-03T08:00:00+02:00';

const batch = (extra: Partial<ResolvedBatch> = {}): ResolvedBatch =>
  ({ lifetimeInMinutes: 480, isUsableOnce: false, oneTimeForced: false, start: 'hire', minuteOfDay: 480, ...extra }) as ResolvedBatch;

const rows = [
  hiredOn(findingRow(2, 'ready'), hireDay),
  findingRow(3, 'ready'),
  findingRow(4, 'has_pass'),
  findingRow(5, 'ready', { options: { lifetimeInMinutes: 120, isUsableOnce: true, startDateTime: chosenStart } }),
  findingRow(6, 'not_found'),
];

describe('the rows to issue', () => {
  it('are the rows chosen to issue or replace, each with the batch’s options and its hire date at the chosen time under that rule', () => {
    expect(issueRowsOf(rows, { 4: 'replace' }, {}, batch(), range, now)).toEqual([
      { line: 2, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false, startDateTime: hireAtEight },
      { line: 3, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false },
      { line: 4, action: 'replace', lifetimeInMinutes: 480, isUsableOnce: false },
      { line: 5, action: 'issue', lifetimeInMinutes: 120, isUsableOnce: true, startDateTime: chosenStart },
    ]);
  });

  it('start on the hire date at the time the technician set, and at once once that moment has passed', () => {
    expect(issueRowsOf(rows.slice(0, 1), {}, {}, batch({ minuteOfDay: 570 }), range, now)[0]?.startDateTime).toBe(toIsoWithOffset(new Date(2030, 4, 6, 9, 30)));
    expect(issueRowsOf(rows.slice(0, 1), {}, {}, batch(), range, new Date(2030, 4, 6, 8, 1))[0]?.startDateTime).toBeUndefined();
  });

  it('start at once, or at the batch’s chosen time, under those rules', () => {
    expect(issueRowsOf(rows.slice(0, 2), {}, {}, batch({ start: 'now' }), range, now).map((row) => row.startDateTime)).toEqual([undefined, undefined]);
    expect(issueRowsOf(rows.slice(0, 2), {}, {}, batch({ start: 'at', startDateTime: chosenStart }), range, now).map((row) => row.startDateTime)).toEqual([
      chosenStart,
      chosenStart,
    ]);
  });

  it('take what the technician set for a row over the list’s options, and the batch’s for the rest', () => {
    const issued = issueRowsOf(rows, {}, { 5: { start: 'now' }, 3: { lifetimeInMinutes: 90, isUsableOnce: true } }, batch(), range, now);
    expect(issued.find((row) => row.line === 5)).toEqual({ line: 5, action: 'issue', lifetimeInMinutes: 480, isUsableOnce: false });
    expect(issued.find((row) => row.line === 3)).toEqual({ line: 3, action: 'issue', lifetimeInMinutes: 90, isUsableOnce: true });
  });

  it('are one-time when the policy makes every pass one-time, whatever a row asked', () => {
    const issued = issueRowsOf(rows, {}, { 3: { isUsableOnce: false } }, batch({ isUsableOnce: true, oneTimeForced: true }), range, now);
    expect(issued.every((row) => row.isUsableOnce)).toBe(true);
  });

  it('drop a list’s lifetime the tenant’s range refuses, so the batch’s applies', () => {
    const long = findingRow(7, 'ready', { options: { lifetimeInMinutes: 10_080 } });
    expect(droppedListLifetime(long, range)).toBe(10_080);
    expect(ownOptionsOf(long, {}, range)).toEqual({});
    expect(issueRowsOf([long], {}, {}, batch(), range, now)[0]?.lifetimeInMinutes).toBe(480);
    expect(droppedListLifetime(rows[3]!, range)).toBeNull();
  });

  it('are none when every row is skipped', () => {
    expect(issueRowsOf(rows, { 2: 'skip', 3: 'skip', 5: 'skip' }, {}, batch(), range, now)).toEqual([]);
  });
});

describe('how the rows to issue start', () => {
  it('counts each way: a hire date ahead, none, the row’s own start from the list, or at once as a row asks', () => {
    expect(startCountsOf(rows, {}, {}, range, batch(), now)).toEqual({ hire: 1, no_hire: 1, own: 1, chosen: 0, now: 0 });
    expect(startCountsOf(rows, { 2: 'skip' }, { 3: { start: 'now' } }, range, batch(), now)).toEqual({ hire: 0, no_hire: 0, own: 1, chosen: 0, now: 1 });
  });

  it('keeps a row’s own start under every batch rule', () => {
    expect(startCountsOf(rows, {}, {}, range, { start: 'now' }, now)).toEqual({ hire: 0, no_hire: 0, own: 1, chosen: 0, now: 2 });
    expect(startCountsOf(rows, {}, {}, range, { start: 'at', startDateTime: chosenStart }, now)).toEqual({ hire: 0, no_hire: 0, own: 1, chosen: 2, now: 0 });
  });
});
