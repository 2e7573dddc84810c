import { inUiLocale } from '../ui/i18n/translate';

const formatted = (options: Intl.DateTimeFormatOptions) => (value: Date | string): string =>
  inUiLocale((locale) => new Intl.DateTimeFormat(locale, options).format(typeof value === 'string' ? new Date(value) : value));

/** A date and time in the UI's language and the machine's time zone. */
export const formatLocal = formatted({ dateStyle: 'medium', timeStyle: 'short' });

export const addMinutes = (value: Date | string, minutes: number): Date => new Date(new Date(value).getTime() + minutes * 60_000);

const pad = (value: number): string => String(value).padStart(2, '0');

/** The value a `datetime-local` input shows for `date`, in local time. */
export const toLocalInputValue = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads a `datetime-local` value as local time; null when it is not a complete date and time. */
export const parseLocalInput = (value: string): Date | null => {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** ISO 8601 with the local offset, so the request states the wall-clock time the technician chose. */
export const toIsoWithOffset = (date: Date): string => {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
};

/** The time of day alone, for lists of one day. */
export const formatTimeOfDay = formatted({ timeStyle: 'short' });

/** The date alone, for ranges of days. */
export const formatDate = formatted({ dateStyle: 'medium' });

/** A whole day written out, weekday included, for a report's title. */
export const formatDay = formatted({ dateStyle: 'full' });
