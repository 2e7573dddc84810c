import { describe, expect, it } from 'vitest';
import { validityOf } from '../../../../src/renderer/src/features/bulk/review/batch-validity';
import { toIsoWithOffset } from '../../../../src/renderer/src/format/date-time';

const clock = (hours: number, minutes = 0) => new Date(2000, 0, 1, hours, minutes);

describe('when the batch’s passes are valid', () => {
  it('is a working day on each hire date: from the chosen time for the lifetime', () => {
    expect(validityOf({ start: 'hire', minuteOfDay: 480 }, 480)).toEqual({ start: 'hire', from: clock(8), to: clock(16), daysLater: 0, endsBeforeNoon: false });
  });

  it('says when a pass ends before noon of its day, or on a later day', () => {
    expect(validityOf({ start: 'hire', minuteOfDay: 480 }, 60)).toMatchObject({ to: clock(9), endsBeforeNoon: true });
    expect(validityOf({ start: 'hire', minuteOfDay: 480 }, 240)).toMatchObject({ to: clock(12), endsBeforeNoon: false });
    expect(validityOf({ start: 'hire', minuteOfDay: 1320 }, 600)).toMatchObject({ to: clock(8), daysLater: 1, endsBeforeNoon: false });
    expect(validityOf({ start: 'hire', minuteOfDay: 480 }, 3 * 1440)).toMatchObject({ to: clock(8), daysLater: 3 });
  });

  it('runs from a chosen time for the lifetime', () => {
    const from = new Date(2030, 4, 6, 7, 0);
    expect(validityOf({ start: 'at', startDateTime: toIsoWithOffset(from) }, 180)).toEqual({
      start: 'at',
      from,
      to: new Date(2030, 4, 6, 10, 0),
      daysLater: 0,
      endsBeforeNoon: true,
    });
    expect(validityOf({ start: 'at', startDateTime: toIsoWithOffset(from) }, 1440)).toMatchObject({ daysLater: 1, endsBeforeNoon: false });
  });

  it('is not said for passes that start at once', () => {
    expect(validityOf({ start: 'now' }, 480)).toBeNull();
  });
});
