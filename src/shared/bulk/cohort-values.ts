import { MAX_LIFETIME_MINUTES, MIN_LIFETIME_MINUTES } from '../issuing';
import { languageTagSchema } from '../languages';
import type { CohortProblemCode } from './cohort-problems';

/** A cell read as an option: its value, or why it cannot be one. */
export type CellReading<T> = { value: T } | { problem: CohortProblemCode };

/**
 * Minutes per unit a lifetime may carry after its whole number: none or minutes (m, min, mins, minute(s),
 * Minuten), hours (h, hr, hrs, hour(s), Std, Stunde(n), heure(s)) and days (d, day(s), Tag(e), j, jour(s)).
 * A fraction ("1.5h", "1,5 h") is not read: the decimal sign differs between the lists' locales.
 */
const minutesPerUnit = new Map<string, number>([
  ...['', 'm', 'min', 'mins', 'minute', 'minutes', 'minuten'].map((unit) => [unit, 1] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours', 'std', 'stunde', 'stunden', 'heure', 'heures'].map((unit) => [unit, 60] as const),
  ...['d', 'day', 'days', 'tag', 'tage', 'j', 'jour', 'jours'].map((unit) => [unit, 1440] as const),
]);

/** A lifetime in minutes ("480", "8h", "8 Std.", "1d", "90 min"), within what the service accepts. */
export const readLifetime = (cell: string): CellReading<number> => {
  const match = /^(\d+)\s*(\p{L}*)\.?$/u.exec(cell);
  const perUnit = match ? minutesPerUnit.get(match[2]!.toLowerCase()) : undefined;
  if (!match || perUnit === undefined) return { problem: 'bad_lifetime' };
  const minutes = Number(match[1]) * perUnit;
  return minutes >= MIN_LIFETIME_MINUTES && minutes <= MAX_LIFETIME_MINUTES ? { value: minutes } : { problem: 'lifetime_out_of_range' };
};

/**
 * Yes and no as lists write them, in English, German and French, including the words Excel writes for a
 * boolean cell in those languages (TRUE/WAHR/VRAI, FALSE/FALSCH/FAUX) and an `x` in a tick column.
 */
const flags = new Map<string, boolean>([
  ...['yes', 'y', 'true', '1', 'x', 'ja', 'j', 'wahr', 'oui', 'o', 'vrai'].map((word) => [word, true] as const),
  ...['no', 'n', 'false', '0', 'nein', 'falsch', 'non', 'faux'].map((word) => [word, false] as const),
]);

export const readFlag = (cell: string): CellReading<boolean> => {
  const value = flags.get(cell.toLowerCase());
  return value === undefined ? { problem: 'bad_boolean' } : { value };
};

const canonicalTag = (cell: string): string | null => {
  try {
    return Intl.getCanonicalLocales(cell.replace(/_/g, '-'))[0] ?? null;
  } catch {
    // A RangeError: the cell is not a BCP 47 tag at all.
    return null;
  }
};

/**
 * A language tag in its canonical case (de-de → de-DE, pt_br → pt-BR: https://www.rfc-editor.org/rfc/rfc5646#section-2.1.1),
 * and of the form Entra keeps in preferredLanguage.
 */
export const readLanguage = (cell: string): CellReading<string> => {
  const tag = canonicalTag(cell);
  return tag !== null && languageTagSchema.safeParse(tag).success ? { value: tag } : { problem: 'bad_language' };
};
