import { describe, expect, it } from 'vitest';
import { ownOptionsFrom, rowFormOf, rowProblemsOf } from '../../../../src/renderer/src/features/bulk/review/row-options-form';
import { toIsoWithOffset } from '../../../../src/renderer/src/format/date-time';

const range = { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 1440 };
const now = new Date(2030, 4, 1, 9, 0);

describe('one row’s options dialog', () => {
  it('starts from the row’s own options, each the batch’s where it has none', () => {
    expect(rowFormOf({})).toEqual({ lifetime: 'batch', minutesText: '', once: 'batch', start: 'batch', startLocal: '' });
    const start = toIsoWithOffset(new Date(2030, 4, 6, 8, 0));
    expect(rowFormOf({ lifetimeInMinutes: 90, isUsableOnce: false, start })).toEqual({
      lifetime: 'own',
      minutesText: '90',
      once: 'multi',
      start: 'at',
      startLocal: '2030-05-06T08:00',
    });
    expect(rowFormOf({ start: 'now' }).start).toBe('now');
  });

  it('gives back exactly what was set, and nothing for what stays the batch’s', () => {
    expect(ownOptionsFrom(rowFormOf({}))).toEqual({});
    expect(ownOptionsFrom({ lifetime: 'own', minutesText: '120', once: 'once', start: 'at', startLocal: '2030-05-06T08:00' })).toEqual({
      lifetimeInMinutes: 120,
      isUsableOnce: true,
      start: toIsoWithOffset(new Date(2030, 4, 6, 8, 0)),
    });
    expect(ownOptionsFrom({ lifetime: 'batch', minutesText: '5', once: 'batch', start: 'now', startLocal: '' })).toEqual({ start: 'now' });
  });

  it('holds a lifetime to the tenant’s range and a start to a time ahead', () => {
    expect(rowProblemsOf({ lifetime: 'own', minutesText: '30', once: 'batch', start: 'at', startLocal: '2030-04-30T08:00' }, range, now)).toEqual({
      lifetime: 'out_of_range',
      start: 'in_past',
    });
    expect(rowProblemsOf({ lifetime: 'batch', minutesText: 'x', once: 'batch', start: 'now', startLocal: '' }, range, now)).toEqual({ lifetime: null, start: null });
  });
});
