import { toIsoWithOffset } from '../../../format/date-time';

const timeOfDay = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** Minutes after midnight for a `time` input's value (HH:MM, seconds ignored), or null while it holds no time of day. */
export const minuteOfDayOf = (text: string): number | null => {
  const match = timeOfDay.exec(text);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
};

/**
 * A pass's start on its person's hire date: the day HR entered, at the chosen time of day in the desk's time zone.
 * `employeeHireDate` is a DateTimeOffset, which Graph gives in UTC
 * (https://learn.microsoft.com/graph/api/resources/user#properties); the docs are silent on the time of day a hire
 * date carries, and a day entered as such is held as its midnight UTC, so the day is the instant's UTC date: read in
 * the desk's zone, that midnight falls on the day before west of Greenwich. Null without a hire date or once that
 * moment has passed, so the pass starts at once.
 */
export const hireStartOf = (employeeHireDate: string | null, minuteOfDay: number, now: Date): string | null => {
  if (employeeHireDate === null) return null;
  const hired = new Date(employeeHireDate);
  if (Number.isNaN(hired.getTime())) return null;
  const start = new Date(hired.getUTCFullYear(), hired.getUTCMonth(), hired.getUTCDate(), Math.floor(minuteOfDay / 60), minuteOfDay % 60);
  return start.getTime() > now.getTime() ? toIsoWithOffset(start) : null;
};
