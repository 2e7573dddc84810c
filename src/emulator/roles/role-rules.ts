import { isPrivilegedTarget, roleIds } from '../../shared/directory-roles';

const holds = (roles: readonly string[], ...wanted: string[]): boolean => wanted.some((id) => roles.includes(id));

/** Create or delete a method for someone else (the "except themselves" rule is checked separately). */
export const canManageMethodsOf = (callerRoles: readonly string[], targetRoles: readonly string[]): boolean => {
  if (holds(callerRoles, roleIds.globalAdministrator, roleIds.privilegedAuthenticationAdministrator)) return true;
  if (!holds(callerRoles, roleIds.authenticationAdministrator)) return false;
  return !isPrivilegedTarget(targetRoles);
};

/** Global Reader sees every user's methods (never the pass itself); the managing roles see whom they manage. */
export const canReadMethodsOf = (callerRoles: readonly string[], targetRoles: readonly string[]): boolean =>
  holds(callerRoles, roleIds.globalReader) || canManageMethodsOf(callerRoles, targetRoles);

/**
 * Reading the Temporary Access Pass policy:
 * https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethodconfiguration-get
 */
export const canReadAuthenticationMethodPolicy = (callerRoles: readonly string[]): boolean =>
  holds(
    callerRoles,
    roleIds.globalAdministrator,
    roleIds.globalReader,
    roleIds.authenticationPolicyAdministrator,
    roleIds.securityAdministrator,
    roleIds.securityReader,
  );
