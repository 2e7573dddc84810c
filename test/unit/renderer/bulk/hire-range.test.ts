import { describe, expect, it } from 'vitest';
import { hireRangeProblems, nextSevenDays, parseDay, thisWeek } from '../../../../src/renderer/src/features/bulk/source/hire-range';

describe('the hire-date range', () => {
  it('defaults to Monday to Sunday of this week, whichever day today is', () => {
    expect(thisWeek(new Date(2030, 4, 1))).toEqual({ from: '2030-04-29', to: '2030-05-05' });
    expect(thisWeek(new Date(2030, 4, 5))).toEqual({ from: '2030-04-29', to: '2030-05-05' });
    expect(thisWeek(new Date(2030, 3, 29))).toEqual({ from: '2030-04-29', to: '2030-05-05' });
  });

  it('offers today and the six days after it', () => {
    expect(nextSevenDays(new Date(2030, 11, 28))).toEqual({ from: '2030-12-28', to: '2031-01-03' });
  });

  it('reads only whole, real days', () => {
    expect(parseDay('2030-02-28')).toEqual(new Date(2030, 1, 28));
    expect(parseDay('2030-02-30')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('says which field is wrong: a missing day, or an end before the start', () => {
    expect(hireRangeProblems({ from: '', to: '2030-05-05' })).toEqual([{ field: 'from', problem: 'not_a_day' }]);
    expect(hireRangeProblems({ from: '2030-05-06', to: '2030-05-05' })).toEqual([{ field: 'to', problem: 'reversed' }]);
    expect(hireRangeProblems({ from: '2030-05-05', to: '2030-05-05' })).toEqual([]);
  });
});
