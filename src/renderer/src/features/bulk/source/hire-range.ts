/** Days as a `date` input and `bulk:hires` hold them: yyyy-mm-dd, in the technician's own calendar. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number): string => String(value).padStart(2, '0');

export const dayOf = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

const plusDays = (date: Date, days: number): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** A whole, real day, as a local date; null for anything else. */
export const parseDay = (value: string): Date | null => {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
};

export interface HireRange {
  from: string;
  to: string;
}

/** Monday to Sunday of the week `today` falls in: a desk onboards a week's hires at a time. */
export const thisWeek = (today: Date): HireRange => {
  const monday = plusDays(today, -((today.getDay() + 6) % 7));
  return { from: dayOf(monday), to: dayOf(plusDays(monday, 6)) };
};

/** Today and the six days after it. */
export const nextSevenDays = (today: Date): HireRange => ({ from: dayOf(today), to: dayOf(plusDays(today, 6)) });

export type HireRangeProblem = { field: 'from' | 'to'; problem: 'not_a_day' | 'reversed' };

export const hireRangeProblems = (range: HireRange): HireRangeProblem[] => {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  const missing: HireRangeProblem[] = [
    ...(from ? [] : [{ field: 'from' as const, problem: 'not_a_day' as const }]),
    ...(to ? [] : [{ field: 'to' as const, problem: 'not_a_day' as const }]),
  ];
  if (missing.length > 0 || !from || !to) return missing;
  return from.getTime() > to.getTime() ? [{ field: 'to', problem: 'reversed' }] : [];
};
