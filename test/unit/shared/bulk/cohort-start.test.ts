import { describe, expect, it } from 'vitest';
import { cohortRowOptionsSchema, localTimeZoneOffset, readStart, slashOrderOf, type TimeZoneOffset } from '../../../../src/shared/bulk';

/** Central European time with the EU's 2026 switches (29 March and 25 October, 01:00 UTC). */
const berlin: TimeZoneOffset = (instant) =>
  instant.getTime() >= Date.UTC(2026, 2, 29, 1) && instant.getTime() < Date.UTC(2026, 9, 25, 1) ? 120 : 60;
const newYork: TimeZoneOffset = () => -300;
const kolkata: TimeZoneOffset = () => 330;

const inBerlin = (cell: string, slashOrder: 'day-first' | 'month-first' | null = null) => readStart(cell, { slashOrder, offsetOf: berlin });

describe('a start as ISO 8601', () => {
  it.each([
    ['2026-12-07', '2026-12-07T00:00:00+01:00'],
    ['2026-07-01', '2026-07-01T00:00:00+02:00'],
    ['2026-12-07T08:30', '2026-12-07T08:30:00+01:00'],
    ['2026-12-07 08:30:15', '2026-12-07T08:30:15+01:00'],
    ['2026-12-07T08:00:00Z', '2026-12-07T09:00:00+01:00'],
    ['2026-12-07t08:00:00z', '2026-12-07T09:00:00+01:00'],
    ['2026-12-07T08:00:00.250-05:00', '2026-12-07T14:00:00+01:00'],
    ['2026-12-07T08:00+0530', '2026-12-07T03:30:00+01:00'],
  ])('reads %j in Berlin as %s', (cell, iso) => {
    expect(inBerlin(cell)).toEqual({ value: iso });
  });

  it('reads a day as midnight where the technician is, on either side of a daylight-saving change', () => {
    expect(inBerlin('2026-03-29')).toEqual({ value: '2026-03-29T00:00:00+01:00' });
    expect(inBerlin('2026-03-30')).toEqual({ value: '2026-03-30T00:00:00+02:00' });
    expect(inBerlin('2026-03-29T04:00')).toEqual({ value: '2026-03-29T04:00:00+02:00' });
    expect(inBerlin('2026-03-29T01:30')).toEqual({ value: '2026-03-29T01:30:00+01:00' });
  });

  it('writes negative and half-hour offsets', () => {
    expect(readStart('2026-12-07', { slashOrder: null, offsetOf: newYork })).toEqual({ value: '2026-12-07T00:00:00-05:00' });
    expect(readStart('2026-12-07', { slashOrder: null, offsetOf: kolkata })).toEqual({ value: '2026-12-07T00:00:00+05:30' });
  });

  it("reads a day in the machine's own zone by default: the same instant as new Date(y, m, d)", () => {
    const reading = readStart('2026-12-07', { slashOrder: null, offsetOf: localTimeZoneOffset });
    expect('value' in reading && Date.parse(reading.value)).toBe(new Date(2026, 11, 7).getTime());
  });

  it('writes what the row schema takes as a start', () => {
    for (const cell of ['2026-12-07', '07.12.2026 8:05', '2026-12-07T08:00:00Z']) {
      const reading = inBerlin(cell);
      expect('value' in reading && cohortRowOptionsSchema.safeParse({ startDateTime: reading.value }).success).toBe(true);
    }
  });
});

describe('a start as Excel writes a day', () => {
  it('reads the German day.month.year, with or without a time', () => {
    expect(inBerlin('07.12.2026')).toEqual({ value: '2026-12-07T00:00:00+01:00' });
    expect(inBerlin('7.1.2027 8:05')).toEqual({ value: '2027-01-07T08:05:00+01:00' });
  });

  it('reads slashes in the order the column goes by', () => {
    expect(inBerlin('07/12/2026', 'day-first')).toEqual({ value: '2026-12-07T00:00:00+01:00' });
    expect(inBerlin('12/7/2026', 'month-first')).toEqual({ value: '2026-12-07T00:00:00+01:00' });
    expect(inBerlin('12/7/2026 14:30', 'month-first')).toEqual({ value: '2026-12-07T14:30:00+01:00' });
    expect(inBerlin('12/13/2026', 'day-first')).toEqual({ problem: 'bad_start' });
  });

  it('reads slashes without an order only where they read one way, or the same day both ways', () => {
    expect(inBerlin('13/12/2026')).toEqual({ value: '2026-12-13T00:00:00+01:00' });
    expect(inBerlin('12/13/2026')).toEqual({ value: '2026-12-13T00:00:00+01:00' });
    expect(inBerlin('05/5/2026')).toEqual({ value: '2026-05-05T00:00:00+02:00' });
    expect(inBerlin('05/06/2026')).toEqual({ problem: 'ambiguous_start' });
  });

  it.each(['2026-02-30', '2026-13-01', '31.04.2026', '29.02.2027', '12/7/26', '2026-12-07T25:00', '2026-12-07T08:60', '1.1.1899', 'tomorrow', '46363', '2026-12-07 8:00 AM'])(
    'does not read %j',
    (cell) => {
      expect(inBerlin(cell, 'day-first')).toEqual({ problem: 'bad_start' });
    },
  );
});

describe("the slash order a column shows", () => {
  it('is day first when a first part is over 12, month first when a second part is', () => {
    expect(slashOrderOf(['01/02/2026', '13/02/2026', ''], null)).toBe('day-first');
    expect(slashOrderOf(['01/02/2026', '02/13/2026'], 'day-first')).toBe('month-first');
  });

  it("is the caller's where the column shows none, and none where it shows both", () => {
    expect(slashOrderOf(['01/02/2026', '2026-12-07', '07.12.2026'], 'month-first')).toBe('month-first');
    expect(slashOrderOf(['01/02/2026'], null)).toBeNull();
    expect(slashOrderOf(['13/02/2026', '02/13/2026'], 'day-first')).toBeNull();
  });
});
