import { describe, expect, it } from 'vitest';
import { hireStartOf, minuteOfDayOf } from '../../../../src/renderer/src/features/bulk/review/hire-start';
import { toIsoWithOffset } from '../../../../src/renderer/src/format/date-time';

const now = new Date(2030, 4, 1, 9, 0);

describe('the time of day a hire date’s pass starts', () => {
  it('reads a time input’s value, and nothing else', () => {
    expect(minuteOfDayOf('08:00')).toBe(480);
    expect(minuteOfDayOf('17:45')).toBe(1065);
    expect(minuteOfDayOf('08:00:30')).toBe(480);
    expect(minuteOfDayOf('')).toBeNull();
    expect(minuteOfDayOf('8:00')).toBeNull();
    expect(minuteOfDayOf('24:00')).toBeNull();
    expect(minuteOfDayOf('12:60')).toBeNull();
  });
});

describe('a pass’s start on the hire date (https://learn.microsoft.com/graph/api/resources/user#properties: a DateTimeOffset in UTC)', () => {
  it('is the day HR entered, at the chosen time in the desk’s zone, not the midnight UTC Entra holds', () => {
    expect(hireStartOf('2030-05-06T00:00:00Z', 480, now)).toBe(toIsoWithOffset(new Date(2030, 4, 6, 8, 0)));
    expect(hireStartOf('2030-05-06T00:00:00Z', 570, now)).toBe(toIsoWithOffset(new Date(2030, 4, 6, 9, 30)));
  });

  it('keeps the UTC day whatever the time of day the instant carries', () => {
    expect(hireStartOf('2030-05-06T23:59:59Z', 480, now)).toBe(toIsoWithOffset(new Date(2030, 4, 6, 8, 0)));
  });

  it('is none without a hire date, or once its moment has passed, so the pass starts at once', () => {
    expect(hireStartOf(null, 480, now)).toBeNull();
    expect(hireStartOf('not a date', 480, now)).toBeNull();
    expect(hireStartOf('2030-04-20T00:00:00Z', 480, now)).toBeNull();
    expect(hireStartOf('2030-05-01T00:00:00Z', 480, now)).toBeNull();
    expect(hireStartOf('2030-05-01T00:00:00Z', 600, now)).toBe(toIsoWithOffset(new Date(2030, 4, 1, 10, 0)));
  });
});
