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
    storeProblem: 'TAP Desk konnte seine Einstellungsdatei nicht lesen und wurde mit leeren Einstellungen gestartet: Fügen Sie Ihre Mandantenprofile erneut hinzu. Die unlesbare Datei wurde als {keptAs} aufbewahrt.',
    dismiss: 'Schließen',
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
    storeProblem: 'TAP Desk n’a pas pu lire son fichier de paramètres et a démarré avec des paramètres vides : ajoutez de nouveau vos profils de locataire. Le fichier illisible a été conservé sous {keptAs}.',
    dismiss: 'Fermer',
  },
});
