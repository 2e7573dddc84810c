import { createIntl, createIntlCache, useIntl, type IntlShape } from 'react-intl';
import type { Message } from './define-messages';
import { accented } from './pseudo-locale';
import { PSEUDO_LOCALE } from './ui-locale';

const cache = createIntlCache();
let current: IntlShape = createIntl({ locale: 'en', messages: {} }, cache);

/** The provider hands over the language it renders in, so stores and announcements speak it too. */
export const setCurrentIntl = (intl: IntlShape): void => {
  current = intl;
};

type Values = Record<string, string | number | Date | null | undefined>;

/** For stores and announcements, which run outside React: the message in the UI's current language. */
export const translate = (message: Message, values?: Values): string => current.formatMessage(message, values);

/** The current UI locale, for `Intl` formatting outside React. */
export const uiLocale = (): string => current.locale;

/** The message formatter of the language the tree renders in: `const t = useT(); t(messages.title)`. */
export const useT = (): IntlShape['formatMessage'] => useIntl().formatMessage;

/**
 * Text that `Intl` words (dates, durations) in the UI's language; in the pseudo locale it is accented like the
 * catalogue's text, since `Intl` is a legitimate source of visible words.
 */
export const inUiLocale = (format: (locale: string) => string): string => {
  const locale = uiLocale();
  return locale === PSEUDO_LOCALE ? accented(format('en')) : format(locale);
};
