/**
 * Built-in Microsoft Entra role template ids; they are identical in every tenant.
 * Source: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 */
export const roleIds = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  authenticationPolicyAdministrator: '0526716b-113d-4c15-b2c8-68e3c22b9f80',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  usageSummaryReportsReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  userExperienceSuccessManager: '27460883-1df1-4691-b032-3b79643e5e63',
} as const;

export type RoleName = keyof typeof roleIds;
export type RoleId = (typeof roleIds)[RoleName];

/**
 * An Authentication Administrator may manage the methods of users who hold no role or only these
 * ("Who can reset passwords", Authentication Administrator column; Helpdesk Administrator is not in it):
 * https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions#who-can-reset-passwords
 */
const manageableByAuthenticationAdministrator: ReadonlySet<string> = new Set([
  roleIds.authenticationAdministrator,
  roleIds.directoryReaders,
  roleIds.guestInviter,
  roleIds.messageCenterReader,
  roleIds.passwordAdministrator,
  roleIds.reportsReader,
  roleIds.usageSummaryReportsReader,
  roleIds.userExperienceSuccessManager,
]);

/** Holds a role only a Privileged Authentication Administrator or Global Administrator may manage. */
export const isPrivilegedTarget = (targetRoleIds: readonly string[]): boolean =>
  targetRoleIds.some((id) => !manageableByAuthenticationAdministrator.has(id));

export const canIssueForPrivileged = (technicianRoleIds: readonly string[]): boolean =>
  technicianRoleIds.includes(roleIds.privilegedAuthenticationAdministrator) || technicianRoleIds.includes(roleIds.globalAdministrator);

const holdsAny = (technicianRoleIds: readonly string[], ...wanted: string[]): boolean => wanted.some((id) => technicianRoleIds.includes(id));

/**
 * What a technician's roles let them do at the desk, the strongest role deciding. Issuing a pass for someone else
 * takes Authentication Administrator (people without admin roles) or Privileged Authentication Administrator
 * (everyone); Global Administrator can do everything
 * (https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods#permissions). A Helpdesk
 * Administrator resets passwords but manages no other authentication method
 * (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference#helpdesk-administrator).
 * `unknown` when the roles could not be read.
 */
export const deskRoles = ['privileged', 'authentication', 'helpdesk', 'none', 'unknown'] as const;
export type DeskRole = (typeof deskRoles)[number];

export const deskRoleOf = (technicianRoleIds: readonly string[] | null): DeskRole => {
  if (technicianRoleIds === null) return 'unknown';
  if (canIssueForPrivileged(technicianRoleIds)) return 'privileged';
  if (holdsAny(technicianRoleIds, roleIds.authenticationAdministrator)) return 'authentication';
  if (holdsAny(technicianRoleIds, roleIds.helpdeskAdministrator)) return 'helpdesk';
  return 'none';
};

/**
 * The roles that may read the Temporary Access Pass policy
 * (https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethodconfiguration-get#permissions).
 */
export const canReadPassPolicy = (technicianRoleIds: readonly string[]): boolean =>
  holdsAny(
    technicianRoleIds,
    roleIds.globalAdministrator,
    roleIds.globalReader,
    roleIds.authenticationPolicyAdministrator,
    roleIds.securityAdministrator,
    roleIds.securityReader,
  );
