import { inUiLocale } from './i18n/translate';

type NameType = 'language' | 'region';

/** One formatter per language and kind: every row of the settings' location table asks on every keystroke. */
const formatters = new Map<string, Intl.DisplayNames>();

const formatter = (locale: string, type: NameType): Intl.DisplayNames => {
  // A tag typed halfway throws here as well as in `of`; callers catch both.
  const key = `${type}:${locale}`;
  let names = formatters.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    formatters.set(key, names);
  }
  return names;
};

/** The name `Intl` knows for a code, in the language the screen speaks; null for one it cannot name, or one typed halfway. */
const nameOf = (type: NameType, code: string): string | null => {
  try {
    return inUiLocale((locale) => formatter(locale, type).of(code) ?? '') || null;
  } catch {
    return null;
  }
};

/** "German" for `de` in an English screen, "Deutsch" in a German one. */
export const languageName = (tag: string): string | null => nameOf('language', tag);

/** "Germany" for `DE` in an English screen, "Deutschland" in a German one. */
export const countryName = (code: string): string | null => nameOf('region', code);

/**
 * A language named in itself ("Deutsch", "日本語"), for choices made for someone whatever the screen speaks:
 * the technician's own language, the slip's. A tag the platform cannot name stays as it is.
 */
export const endonym = (tag: string): string => {
  try {
    return formatter(tag, 'language').of(tag) ?? tag;
  } catch {
    return tag;
  }
};
