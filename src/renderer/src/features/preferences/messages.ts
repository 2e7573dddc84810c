import { defineMessages } from '../../ui/i18n/define-messages';

export const preferencesMessages = defineMessages('preferences', {
  menu: 'Language and theme',
  language: 'Language',
  systemLanguage: 'As in the operating system ({language})',
  theme: 'Theme',
  systemTheme: 'As in the operating system',
  light: 'Light',
  dark: 'Dark',
  highContrast: 'High contrast',
  storeProblem: 'TAP Desk could not read its settings file, so it started with empty settings: add your tenant profiles again. The unreadable file was kept as {keptAs}.',
  dismiss: 'Dismiss',
});
