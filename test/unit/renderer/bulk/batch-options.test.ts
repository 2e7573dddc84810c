import { describe, expect, it } from 'vitest';
import {
  batchDefaults,
  batchProblemsOf,
  lifetimeProblemOf,
  lifetimeRangeOf,
  minutesOf,
  resolveBatch,
  startProblemOf,
} from '../../../../src/renderer/src/features/bulk/review/batch-options';
import { toIsoWithOffset } from '../../../../src/renderer/src/format/date-time';
import { policyOf } from './finding-row-fixtures';

const now = new Date(2030, 4, 1, 9, 0);

describe('the batch’s defaults', () => {
  it('take the policy’s lifetime, in hours when it is whole hours, and its one-time rule', () => {
    expect(batchDefaults(policyOf({ defaultLifetimeInMinutes: 480, isUsableOnce: true }))).toEqual({
      lifetimeText: '8',
      lifetimeUnit: 'hours',
      isUsableOnce: true,
      start: 'hire',
      startLocal: '',
    });
    expect(batchDefaults(policyOf({ defaultLifetimeInMinutes: 90 }))).toMatchObject({ lifetimeText: '90', lifetimeUnit: 'minutes' });
  });

  it('fall back to one hour without a policy, and keep a default outside the range inside it', () => {
    expect(batchDefaults(null)).toMatchObject({ lifetimeText: '1', lifetimeUnit: 'hours', isUsableOnce: false });
    expect(batchDefaults(policyOf({ defaultLifetimeInMinutes: 30 }))).toMatchObject({ lifetimeText: '1', lifetimeUnit: 'hours' });
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

describe('the resolved batch', () => {
  it('is the options as they go out, the chosen start with the local offset', () => {
    const options = { lifetimeText: '2', lifetimeUnit: 'hours' as const, isUsableOnce: false, start: 'at' as const, startLocal: '2030-05-06T08:30' };
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
  });
});
