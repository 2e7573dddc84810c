import { uiLanguages, type Preferences, type UiLanguage } from '../../../../shared';

/**
 * Accented, bracketed English that shows at a glance which visible words bypass the catalogue; chosen when the
 * OS asks for it (the pseudo-locale run of the end-to-end tests), never offered in the language menu.
 */
export const PSEUDO_LOCALE = 'en-XA';

export type UiLocale = UiLanguage | typeof PSEUDO_LOCALE;

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The first of the OS's languages the UI speaks (`de-AT` → `de`), English when it speaks none of them. */
export const osUiLocale = (osLanguages: readonly string[]): UiLocale => {
  for (const tag of osLanguages) {
    if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
    const match = uiLanguages.find((language) => language === primary(tag));
    if (match) return match;
  }
  return 'en';
};

export const uiLocaleFor = (choice: Preferences['language'], osLanguages: readonly string[]): UiLocale =>
  choice === 'system' ? osUiLocale(osLanguages) : choice;
