import { MAX_RANGE_DAYS } from '../../../../shared';
import { toIsoWithOffset } from '../../format/date-time';

const DAY_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAY_MS = 24 * 60 * 60_000;

const pad = (value: number): string => String(value).padStart(2, '0');

/** Midnight at the start of `date`'s day, in the machine's time zone. */
export const startOfDay = (date: Date): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate());

/** Calendar days, not 24-hour steps, so a day that changes to or from summer time is still one day. */
export const addDays = (date: Date, days: number): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** The value a `date` input shows for `date`'s local day. */
export const toDayInput = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** A `date` input's value as the start of that local day; null while it is not a whole, real date. */
export const parseDayInput = (value: string): Date | null => {
  const match = DAY_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
};

/** The start of the technician's day, which `journal:today` reads from. */
export const startOfTodayIso = (now: Date = new Date()): string => toIsoWithOffset(startOfDay(now));

export interface DayRange {
  /** The first day's start, as main takes it. */
  from: string;
  /** The last day's last second. */
  to: string;
}

export type RangeProblem = 'incomplete' | 'reversed' | 'too_long';

/** The days from `first` to `last`, both included, or why they cannot be asked for. */
export const dayRange = (first: Date | null, last: Date | null): DayRange | RangeProblem => {
  if (!first || !last) return 'incomplete';
  if (last < first) return 'reversed';
  const end = new Date(addDays(last, 1).getTime() - 1000);
  // Main counts the range in hours, not calendar days: 31 days over the autumn clock change are an hour too long.
  if (end.getTime() - first.getTime() > MAX_RANGE_DAYS * DAY_MS) return 'too_long';
  return { from: toIsoWithOffset(first), to: toIsoWithOffset(end) };
};

/** The tenant view opens on the last seven days, today included. */
export const lastWeek = (now: Date = new Date()): { first: string; last: string } => ({
  first: toDayInput(addDays(startOfDay(now), -6)),
  last: toDayInput(startOfDay(now)),
});

/** Whether an entry's time falls on the local day that starts at `day`. */
export const onDay = (at: string, day: Date): boolean => {
  const time = new Date(at).getTime();
  return time >= day.getTime() && time < addDays(day, 1).getTime();
};
