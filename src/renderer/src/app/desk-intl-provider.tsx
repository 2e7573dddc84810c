import { useEffect, useMemo, type ReactNode } from 'react';
import { createIntl, createIntlCache, RawIntlProvider } from 'react-intl';
import { usePreferencesStore } from '../features/preferences';
import { pseudoCatalogue } from '../ui/i18n/pseudo-locale';
import { setCurrentIntl } from '../ui/i18n/translate';
import { PSEUDO_LOCALE, uiLocaleFor } from '../ui/i18n/ui-locale';
import { deskCatalogue } from './desk-catalogue';

const cache = createIntlCache();

/** Renders the app in the technician's chosen language, or the OS's when they have not chosen one. */
export const DeskIntlProvider = ({ children }: { children: ReactNode }) => {
  const choice = usePreferencesStore((state) => state.preferences.language);
  const locale = uiLocaleFor(choice, navigator.languages);
  const intl = useMemo(
    () =>
      createIntl(
        { locale, defaultLocale: 'en', messages: locale === PSEUDO_LOCALE ? pseudoCatalogue(deskCatalogue.en) : deskCatalogue[locale] },
        cache,
      ),
    [locale],
  );
  // Before the children render, so stores and announcements they trigger speak the same language.
  setCurrentIntl(intl);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <RawIntlProvider value={intl} key={locale}>
      {children}
    </RawIntlProvider>
  );
};
