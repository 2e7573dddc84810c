// A tenant's own settings: the page that edits them, and the active tenant's settings every pass uses.
export { ccAddresses } from './settings-form';
export { useSettingsPageStore } from './settings-page-store';
export { TenantSettingsPage } from './tenant-settings-page';
export { activePassDefaults, useTenantSettingsStore } from './tenant-settings-store';
export { settingsCatalogue } from './translations';
