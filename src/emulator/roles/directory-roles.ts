import { roleIds, type RoleName } from './role-ids.js';

/**
 * The built-in roles as directoryRole objects show them: display name and description from the "All roles" table of
 * https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference.
 */
const roleTexts: Record<RoleName, { displayName: string; description: string }> = {
  applicationAdministrator: { displayName: 'Application Administrator', description: 'Can create and manage all aspects of app registrations and enterprise apps.' },
  authenticationAdministrator: {
    displayName: 'Authentication Administrator',
    description: 'Can access to view, set and reset authentication method information for any non-admin user.',
  },
  authenticationPolicyAdministrator: {
    displayName: 'Authentication Policy Administrator',
    description: 'Can create and manage the authentication methods policy, tenant-wide MFA settings, password protection policy, and verifiable credentials.',
  },
  cloudApplicationAdministrator: {
    displayName: 'Cloud Application Administrator',
    description: 'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.',
  },
  directoryReaders: {
    displayName: 'Directory Readers',
    description: 'Can read basic directory information. Commonly used to grant directory read access to applications and guests.',
  },
  globalAdministrator: {
    displayName: 'Global Administrator',
    description: 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
  },
  globalReader: { displayName: 'Global Reader', description: 'Can read everything that a Global Administrator can, but not update anything.' },
  guestInviter: { displayName: 'Guest Inviter', description: "Can invite guest users independent of the 'members can invite guests' setting." },
  helpdeskAdministrator: { displayName: 'Helpdesk Administrator', description: 'Can reset passwords for non-administrators and Helpdesk Administrators.' },
  messageCenterReader: {
    displayName: 'Message Center Reader',
    description: 'Can read messages and updates for their organization in Office 365 Message Center only.',
  },
  passwordAdministrator: { displayName: 'Password Administrator', description: 'Can reset passwords for non-administrators and Password Administrators.' },
  privilegedAuthenticationAdministrator: {
    displayName: 'Privileged Authentication Administrator',
    description: 'Can access to view, set and reset authentication method information for any user (admin or non-admin).',
  },
  privilegedRoleAdministrator: {
    displayName: 'Privileged Role Administrator',
    description: 'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.',
  },
  reportsReader: { displayName: 'Reports Reader', description: 'Can read sign-in and audit reports.' },
  securityAdministrator: {
    displayName: 'Security Administrator',
    description: 'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.',
  },
  securityOperator: { displayName: 'Security Operator', description: 'Creates and manages security events.' },
  securityReader: { displayName: 'Security Reader', description: 'Can read security information and reports in Microsoft Entra ID and Office 365.' },
  usageSummaryReportsReader: {
    displayName: 'Usage Summary Reports Reader',
    description: "Read Usage reports and Adoption Score, but can't access user details.",
  },
  userAdministrator: {
    displayName: 'User Administrator',
    description: 'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
  },
  userExperienceSuccessManager: {
    displayName: 'User Experience Success Manager',
    description: 'View product feedback, survey results, and reports to find training and communication opportunities.',
  },
};

const byTemplateId = new Map(Object.entries(roleIds).map(([name, id]) => [id as string, roleTexts[name as RoleName]]));

/** Display name and description of a built-in role by its template id; an id the emulator does not know has neither. */
export const roleTextsOf = (templateId: string): { displayName: string | null; description: string | null } =>
  byTemplateId.get(templateId) ?? { displayName: null, description: null };
