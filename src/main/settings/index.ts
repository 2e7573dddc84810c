export { chooseLanguage, languageCandidates } from './language-choice';
export { LogoStore } from './logo-store';
export { openRecoverableStore } from './recoverable-store';
export { settingsHandlers, type SettingsDeps } from './settings-handlers';
export { TenantSettingsRepository } from './tenant-settings-repository';
