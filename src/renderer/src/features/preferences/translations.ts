import { catalogueOf } from '../../ui/i18n/catalogue';
import { preferencesMessages } from './messages';

export const preferencesCatalogue = catalogueOf(preferencesMessages, {
  de: {
    menu: 'Sprache und Design',
    language: 'Sprache',
    systemLanguage: 'Wie im Betriebssystem ({language})',
    theme: 'Design',
    systemTheme: 'Wie im Betriebssystem',
    light: 'Hell',
    dark: 'Dunkel',
    highContrast: 'Hoher Kontrast',
  },
  fr: {
    menu: 'Langue et thème',
    language: 'Langue',
    systemLanguage: 'Comme dans le système ({language})',
    theme: 'Thème',
    systemTheme: 'Comme dans le système',
    light: 'Clair',
    dark: 'Sombre',
    highContrast: 'Contraste élevé',
  },
});
