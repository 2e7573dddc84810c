export { accountsHandlers, type AccountsDeps } from './accounts-handlers';
export { graphForActiveAccount, type ActiveGraph } from './active-graph';
export { AuthService, type AuthDeps } from './auth-service';
export { type EmulatorEndpoints, type ResolvedEndpoints } from './cloud-endpoints';
export { demoProfile } from './demo-profile';
export { ProfileRepository, type AccountRef } from './profile-repository';
export { isAllowedSignInUrl } from './sign-in-url';
