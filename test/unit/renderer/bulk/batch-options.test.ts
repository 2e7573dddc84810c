import { describe, expect, it } from 'vitest';
import {
  batchDefaults,
  batchProblemsOf,
  changeBatch,
  lifetimeProblemOf,
  lifetimeRangeOf,
  minutesOf,
  resolveBatch,
  resolveStart,
  startProblemOf,
} from '../../../../src/renderer/src/features/bulk/review/batch-options';
import { toIsoWithOffset } from '../../../../src/renderer/src/format/date-time';
import { policyOf } from './finding-row-fixtures';

const now = new Date(2030, 4, 1, 9, 0);

describe('the batch’s defaults', () => {
  it('start each pass on its hire date at 08:00 for a working day of 8 hours, with the policy’s one-time rule', () => {
    expect(batchDefaults(policyOf({ defaultLifetimeInMinutes: 60, isUsableOnce: true }))).toEqual({
      lifetimeText: '8',
      lifetimeUnit: 'hours',
      lifetimeChosen: false,
      isUsableOnce: true,
      start: 'hire',
      hireTime: '08:00',
      startLocal: '',
    });
  });

  it('are the nearest lifetime the range allows when 8 hours is outside it, and 8 hours without a policy', () => {
    expect(batchDefaults(policyOf({ maximumLifetimeInMinutes: 240 }))).toMatchObject({ lifetimeText: '4', lifetimeUnit: 'hours' });
    expect(batchDefaults(policyOf({ minimumLifetimeInMinutes: 600 }))).toMatchObject({ lifetimeText: '10', lifetimeUnit: 'hours' });
    expect(batchDefaults(null)).toMatchObject({ lifetimeText: '8', lifetimeUnit: 'hours', isUsableOnce: false });
  });
});

describe('a change to the batch', () => {
  const policy = policyOf({ defaultLifetimeInMinutes: 90 });

  it('gives passes that start at once the policy’s default lifetime, and a later start a working day', () => {
    const now = changeBatch(batchDefaults(policy), { start: 'now' }, policy);
    expect(now).toMatchObject({ start: 'now', lifetimeText: '90', lifetimeUnit: 'minutes', lifetimeChosen: false });
    expect(changeBatch(now, { start: 'at' }, policy)).toMatchObject({ start: 'at', lifetimeText: '8', lifetimeUnit: 'hours' });
    expect(changeBatch(now, { start: 'now' }, policy)).toEqual(now);
  });

  it('keeps a lifetime the technician set, whatever start follows', () => {
    const typed = changeBatch(batchDefaults(policy), { lifetimeText: '3' }, policy);
    expect(typed).toMatchObject({ lifetimeText: '3', lifetimeUnit: 'hours', lifetimeChosen: true });
    expect(changeBatch(typed, { start: 'now' }, policy)).toMatchObject({ start: 'now', lifetimeText: '3', lifetimeUnit: 'hours' });
    expect(changeBatch(batchDefaults(policy), { lifetimeUnit: 'minutes' }, policy)).toMatchObject({ lifetimeChosen: true });
  });
});

describe('the batch’s lifetime', () => {
  it('reads whole minutes or whole hours', () => {
    expect(minutesOf('90', 'minutes')).toBe(90);
    expect(minutesOf(' 8 ', 'hours')).toBe(480);
    expect(minutesOf('1.5', 'hours')).toBeNull();
    expect(minutesOf('', 'minutes')).toBeNull();
  });

  it('stays inside the policy’s range when the policy is known, else inside the service’s limits', () => {
    const policy = policyOf();
    expect(lifetimeProblemOf('30', 'minutes', lifetimeRangeOf(policy))).toBe('out_of_range');
    expect(lifetimeProblemOf('25', 'hours', lifetimeRangeOf(policy))).toBe('out_of_range');
    expect(lifetimeProblemOf('24', 'hours', lifetimeRangeOf(policy))).toBeNull();
    expect(lifetimeRangeOf(null)).toEqual({ minimumLifetimeInMinutes: 10, maximumLifetimeInMinutes: 43_200 });
    expect(lifetimeProblemOf('30', 'minutes', lifetimeRangeOf(null))).toBeNull();
    expect(lifetimeProblemOf('721', 'hours', lifetimeRangeOf(null))).toBe('out_of_range');
    expect(lifetimeProblemOf('soon', 'hours', lifetimeRangeOf(null))).toBe('not_whole');
  });
});

describe('a chosen start', () => {
  it('must be a whole date and time that has not passed', () => {
    expect(startProblemOf('', now)).toBe('missing');
    expect(startProblemOf('2030-05-01', now)).toBe('missing');
    expect(startProblemOf('2030-04-30T09:00', now)).toBe('in_past');
    expect(startProblemOf('2030-05-01T09:00', now)).toBeNull();
    expect(startProblemOf('2030-05-02T08:00', now)).toBeNull();
  });

  it('is only checked when the batch starts at a chosen time', () => {
    const options = { ...batchDefaults(null), startLocal: '' };
    expect(batchProblemsOf(options, null, now).start).toBeNull();
    expect(batchProblemsOf({ ...options, start: 'at' }, null, now).start).toBe('missing');
  });
});

describe('the time of day on the hire date', () => {
  it('must be a time, and only counts under the hire date rule', () => {
    const options = { ...batchDefaults(null), hireTime: '' };
    expect(batchProblemsOf(options, null, now).hireTime).toBe('missing');
    expect(batchProblemsOf({ ...options, start: 'now' }, null, now).hireTime).toBeNull();
    expect(batchProblemsOf({ ...options, hireTime: '07:30' }, null, now).hireTime).toBeNull();
  });

  it('goes out as minutes after midnight', () => {
    expect(resolveStart({ ...batchDefaults(null), hireTime: '07:30' }, now)).toEqual({ start: 'hire', minuteOfDay: 450 });
    expect(resolveStart({ ...batchDefaults(null), hireTime: '' }, now)).toBeNull();
    expect(resolveStart({ ...batchDefaults(null), start: 'now', hireTime: '' }, now)).toEqual({ start: 'now' });
  });
});

describe('the resolved batch', () => {
  it('is the options as they go out, the chosen start with the local offset', () => {
    const options = { ...batchDefaults(null), lifetimeText: '2', start: 'at' as const, startLocal: '2030-05-06T08:30' };
    expect(resolveBatch(options, policyOf(), now)).toEqual({
      lifetimeInMinutes: 120,
      isUsableOnce: false,
      oneTimeForced: false,
      start: 'at',
      startDateTime: toIsoWithOffset(new Date(2030, 4, 6, 8, 30)),
    });
  });

  it('is one-time whatever the form says when the policy makes every pass one-time', () => {
    const options = { ...batchDefaults(null), isUsableOnce: false };
    expect(resolveBatch(options, policyOf({ isUsableOnce: true }), now)).toMatchObject({ isUsableOnce: true, oneTimeForced: true });
  });

  it('is null while the form holds a problem', () => {
    expect(resolveBatch({ ...batchDefaults(null), lifetimeText: '' }, null, now)).toBeNull();
    expect(resolveBatch({ ...batchDefaults(null), start: 'at', startLocal: '2030-04-01T08:00' }, null, now)).toBeNull();
    expect(resolveBatch({ ...batchDefaults(null), hireTime: '' }, null, now)).toBeNull();
  });
});
