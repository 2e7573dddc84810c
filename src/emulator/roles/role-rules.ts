import { roleIds } from './role-ids.js';

const holds = (roles: readonly string[], ...wanted: string[]): boolean => wanted.some((id) => roles.includes(id));

/**
 * The roles an Authentication Administrator may still act on: the "Auth Admin" column of the "Who can perform
 * sensitive actions" and "Who can reset passwords" tables
 * (https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions#who-can-perform-sensitive-actions,
 * linked from https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference). A user
 * without any role is in both tables too; Helpdesk Administrator, User Administrator, Global Administrator and every
 * other role are not.
 */
const withinAuthenticationAdministratorReach: ReadonlySet<string> = new Set([
  roleIds.authenticationAdministrator,
  roleIds.directoryReaders,
  roleIds.guestInviter,
  roleIds.messageCenterReader,
  roleIds.passwordAdministrator,
  roleIds.reportsReader,
  roleIds.usageSummaryReportsReader,
  roleIds.userExperienceSuccessManager,
]);

/** "All other built-in and custom roles": only a Privileged Authentication Administrator or Global Administrator reaches them. */
const beyondAuthenticationAdministrator = (targetRoles: readonly string[]): boolean =>
  targetRoles.some((id) => !withinAuthenticationAdministratorReach.has(id));

/** Create or delete a method for someone else (the "except themselves" rule is checked separately). */
export const canManageMethodsOf = (callerRoles: readonly string[], targetRoles: readonly string[]): boolean => {
  if (holds(callerRoles, roleIds.globalAdministrator, roleIds.privilegedAuthenticationAdministrator)) return true;
  if (!holds(callerRoles, roleIds.authenticationAdministrator)) return false;
  return !beyondAuthenticationAdministrator(targetRoles);
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

/**
 * May read the directory audit log in a delegated call: the roles holding
 * `microsoft.directory/auditLogs/allProperties/read`. Reports Reader, Security Reader and Security Administrator are the
 * least privileged ones the API page names (https://learn.microsoft.com/graph/api/directoryaudit-list#permissions);
 * the full list is on https://learn.microsoft.com/entra/identity/authentication/howto-authentication-methods-activity#permissions-and-licenses.
 */
export const canReadAuditLogs = (callerRoles: readonly string[]): boolean =>
  holds(
    callerRoles,
    roleIds.reportsReader,
    roleIds.securityReader,
    roleIds.securityAdministrator,
    roleIds.securityOperator,
    roleIds.globalReader,
    roleIds.globalAdministrator,
    roleIds.applicationAdministrator,
    roleIds.cloudApplicationAdministrator,
  );

/**
 * May grant delegated permissions for the whole tenant, including those only an admin may grant: Global
 * Administrator, Privileged Role Administrator, Cloud Application Administrator and Application Administrator
 * (https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent#prerequisites).
 */
export const canGrantTenantWideConsent = (roles: readonly string[]): boolean =>
  holds(roles, roleIds.globalAdministrator, roleIds.privilegedRoleAdministrator, roleIds.cloudApplicationAdministrator, roleIds.applicationAdministrator);

/**
 * Sees "Consent on behalf of your organization" even where the request needs no admin; "The check box will only
 * show for the Global Administrator role" (https://learn.microsoft.com/entra/identity-platform/application-consent-experience).
 */
export const seesOrganizationConsentForUserPermissions = (roles: readonly string[]): boolean => holds(roles, roleIds.globalAdministrator);
