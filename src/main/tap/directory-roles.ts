/**
 * Role template ids (identical in every tenant), from Microsoft Entra built-in roles:
 * https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 */
export const roles = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  usageSummaryReportsReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  userExperienceSuccessManager: '27460883-1df1-4691-b032-3b79643e5e63',
} as const;

/**
 * Roles whose holders an Authentication Administrator may still manage; anyone holding another role
 * needs a Privileged Authentication Administrator (Helpdesk Administrators included). Source: "Who can reset passwords" in
 * https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions
 */
const manageableByAuthenticationAdministrator = new Set<string>([
  roles.authenticationAdministrator,
  roles.passwordAdministrator,
  roles.directoryReaders,
  roles.guestInviter,
  roles.messageCenterReader,
  roles.reportsReader,
  roles.usageSummaryReportsReader,
  roles.userExperienceSuccessManager,
]);

export const isPrivilegedTarget = (targetRoleIds: readonly string[]): boolean =>
  targetRoleIds.some((id) => !manageableByAuthenticationAdministrator.has(id));

export const canIssueForPrivileged = (technicianRoleIds: readonly string[]): boolean =>
  technicianRoleIds.includes(roles.privilegedAuthenticationAdministrator) || technicianRoleIds.includes(roles.globalAdministrator);
