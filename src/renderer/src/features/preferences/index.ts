// The technician's own language and theme, kept per machine user rather than per tenant.
export { PreferencesMenu } from './preferences-menu';
export { usePreferencesStore } from './preferences-store';
export { preferencesCatalogue } from './translations';
export { StoreProblemNotice } from './store-problem-notice';
