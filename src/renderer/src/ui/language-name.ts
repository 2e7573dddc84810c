import { inUiLocale } from './i18n/translate';

/** "Deutsch" for `de` on a German screen, "German" on an English one; a tag the platform cannot name (or one typed halfway) stays as typed. */
export const languageName = (tag: string): string =>
  inUiLocale((locale) => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  });
