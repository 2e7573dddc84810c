import type { CellReading } from './cohort-values';

/**
 * How a day written with slashes reads: 12/7/2026 is the 7th of December in the US (month first) and 12 July
 * in France or the UK (day first).
 */
export type SlashDateOrder = 'day-first' | 'month-first';

/** Minutes east of UTC at an instant in the technician's time zone (+60 in Paris in winter). */
export type TimeZoneOffset = (instant: Date) => number;

/** The zone of the machine the desk runs on: a list's days are the technician's days. */
export const localTimeZoneOffset: TimeZoneOffset = (instant) => -instant.getTimezoneOffset();

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const time = String.raw`(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
/** 2026-12-07, 2026-12-07T08:00, 2026-12-07 08:00:00, 2026-12-07T08:00:00.000+01:00, …Z. */
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** 07.12.2026, as German Excel writes a day; a time may follow. Two-digit years are not read. */
const dottedPattern = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${time}$`);
/** 12/7/2026 (English Excel) or 07/12/2026 (French Excel); a time may follow. Two-digit years are not read. */
const slashedPattern = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${time}$`);

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Before 1900 is no start, and Date.UTC would read years below 100 as 19xx. */
const isValid = ({ year, month, day, hour, minute, second }: WallClock): boolean =>
  year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 59;

const asUtc = (wall: WallClock): number => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** The instant a wall-clock time names in the zone; the second step settles a time near a daylight-saving change. */
const instantIn = (wall: WallClock, offsetOf: TimeZoneOffset): number => {
  const utc = asUtc(wall);
  const guess = utc - offsetOf(new Date(utc)) * 60_000;
  return utc - offsetOf(new Date(guess)) * 60_000;
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** ISO 8601 with the zone's offset at that instant, as the pass's startDateTime takes it. */
const isoWithOffset = (instant: number, offsetOf: TimeZoneOffset): string => {
  const offset = Math.round(offsetOf(new Date(instant)));
  const wall = new Date(instant + offset * 60_000);
  const size = Math.abs(offset);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const clock = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${date}T${clock}${offset < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
};

const offsetMinutes = (designator: string): number => {
  if (designator.toUpperCase() === 'Z') return 0;
  const digits = designator.replace(':', '');
  const size = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -size : size;
};

const wallClock = (year: string, month: string, day: string, clock: (string | undefined)[]): WallClock => {
  const [hour = 0, minute = 0, second = 0] = clock.map((part) => Number(part ?? 0));
  return { year: Number(year), month: Number(month), day: Number(day), hour, minute, second };
};

const validOrNull = (wall: WallClock): WallClock | null => (isValid(wall) ? wall : null);

/**
 * The reading of a slash date: in the column's order when it is known; otherwise the only valid one, or the same
 * day both ways (05/05/2026). Two valid, different days are a guess the desk does not make.
 */
const slashReading = (match: RegExpExecArray, order: SlashDateOrder | null): WallClock | 'ambiguous' | null => {
  const [, first = '', second = '', year = '', ...clock] = match;
  const dayFirst = wallClock(year, second, first, clock);
  const monthFirst = wallClock(year, first, second, clock);
  if (order) return validOrNull(order === 'day-first' ? dayFirst : monthFirst);
  const valid = [dayFirst, monthFirst].filter(isValid);
  return valid.length === 2 && Number(first) !== Number(second) ? 'ambiguous' : (valid[0] ?? null);
};

/**
 * The order a column's slash dates show by themselves: a first part over 12 is a day, a second part over 12
 * too. A column that shows neither takes the caller's order (the technician's regional format), if any; one that
 * shows both has none.
 */
export const slashOrderOf = (cells: readonly string[], fallback: SlashDateOrder | null): SlashDateOrder | null => {
  const shown = new Set<SlashDateOrder>();
  for (const cell of cells) {
    const match = slashedPattern.exec(cell);
    if (!match) continue;
    if (Number(match[1]) > 12) shown.add('day-first');
    if (Number(match[2]) > 12) shown.add('month-first');
  }
  if (shown.size === 0) return fallback;
  return shown.size === 1 ? [...shown][0]! : null;
};

export interface StartReadingContext {
  slashOrder: SlashDateOrder | null;
  offsetOf: TimeZoneOffset;
}

/**
 * A start as ISO 8601 with offset. A day without a time means its midnight, and a day or time without an offset is
 * read in the technician's time zone (`offsetOf`); an explicit offset or Z keeps the instant it names, written in
 * the technician's offset.
 */
export const readStart = (cell: string, { slashOrder, offsetOf }: StartReadingContext): CellReading<string> => {
  const iso = isoPattern.exec(cell);
  if (iso) {
    const [, year, month, day, hour, minute, second, designator] = iso;
    const wall = wallClock(year!, month!, day!, [hour, minute, second]);
    if (!isValid(wall)) return { problem: 'bad_start' };
    const instant = designator ? asUtc(wall) - offsetMinutes(designator) * 60_000 : instantIn(wall, offsetOf);
    return { value: isoWithOffset(instant, offsetOf) };
  }
  const dotted = dottedPattern.exec(cell);
  const slashed = dotted ? null : slashedPattern.exec(cell);
  const wall = dotted ? validOrNull(wallClock(dotted[3]!, dotted[2]!, dotted[1]!, dotted.slice(4))) : slashed && slashReading(slashed, slashOrder);
  if (wall === 'ambiguous') return { problem: 'ambiguous_start' };
  return wall ? { value: isoWithOffset(instantIn(wall, offsetOf), offsetOf) } : { problem: 'bad_start' };
};
