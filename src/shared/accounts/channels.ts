/** Sign-in, accounts and tenant profiles: channel → the function the preload exposes. */
export const accountsChannels = {
  'session:get': 'getSession',
  'profiles:save': 'saveProfile',
  'profiles:remove': 'removeProfile',
  'auth:sign-in': 'signIn',
  'auth:cancel-sign-in': 'cancelSignIn',
  'auth:switch': 'switchAccount',
  'auth:sign-out': 'signOut',
} as const;
