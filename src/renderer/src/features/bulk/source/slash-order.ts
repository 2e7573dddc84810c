import type { SlashDateOrder } from '../../../../../shared';

/**
 * How the machine's regional format writes a day with slashes, which is how Excel wrote the list's dates (Excel
 * orders a date's day, month and year by the computer's regional settings: Microsoft KB 213514,
 * https://mskb.pkisolutions.com/kb/213514): the OS's locale, not the language the desk speaks (a German screen on
 * a US-formatted Windows reads 12/7 as December). Null when the locale puts the year first or `Intl` cannot say.
 */
export const slashOrderOfLocale = (locale: string): SlashDateOrder | null => {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2000, 10, 22));
    const order = parts.map((part) => part.type).filter((type) => type === 'day' || type === 'month' || type === 'year');
    if (order[0] === 'year') return null;
    return order.indexOf('day') < order.indexOf('month') ? 'day-first' : 'month-first';
  } catch {
    return null;
  }
};
