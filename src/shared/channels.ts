/**
 * Every renderer → main channel and the name of the function the preload exposes for it.
 * Kept free of schemas so the preload bundle stays tiny.
 */
export const channels = {
  'session:get': 'getSession',
  'profiles:save': 'saveProfile',
  'profiles:remove': 'removeProfile',
  'settings:get': 'getTenantSettings',
  'settings:save': 'saveTenantSettings',
  'settings:logo': 'importLogo',
  'settings:export': 'exportTenantSettings',
  'settings:import': 'readTenantSettingsImport',
  'auth:sign-in': 'signIn',
  'auth:cancel-sign-in': 'cancelSignIn',
  'auth:switch': 'switchAccount',
  'auth:sign-out': 'signOut',
  'users:search': 'searchUsers',
  'tap:prepare': 'prepareTap',
  'tap:create': 'createTap',
  'tap:status': 'passStatus',
  'tap:revoke': 'revokePass',
  'tap:cancel': 'cancelTap',
  'handoff:copy-pass': 'copyPass',
  'handoff:forget': 'forgetPass',
  'handoff:visible': 'setPassVisible',
  'handoff:slip': 'printSlip',
  'notify:prepare': 'prepareNotification',
  'notify:send': 'sendNotification',
  'notify:consent': 'grantMailConsent',
  'notify:discard': 'discardNotification',
} as const;

export type Channel = keyof typeof channels;
export const channelNames = Object.keys(channels) as Channel[];
