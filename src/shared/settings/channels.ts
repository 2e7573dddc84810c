/** Per-tenant settings, templates and their export and import. */
export const settingsChannels = {
  'settings:get': 'getTenantSettings',
  'settings:save': 'saveTenantSettings',
  'settings:logo': 'importLogo',
  'settings:export': 'exportTenantSettings',
  'settings:import': 'readTenantSettingsImport',
} as const;
