/**
 * The built-in Microsoft Entra role template ids the emulator reasons about; they are the same in every tenant.
 * From the "All roles" table of https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 */
export const roleIds = {
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  authenticationPolicyAdministrator: '0526716b-113d-4c15-b2c8-68e3c22b9f80',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityOperator: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  usageSummaryReportsReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  userExperienceSuccessManager: '27460883-1df1-4691-b032-3b79643e5e63',
} as const;

export type RoleName = keyof typeof roleIds;
export type RoleId = (typeof roleIds)[RoleName];
