/**
 * The delegated Graph permissions the emulator knows, whether a user may consent to them alone, and the
 * words a consent prompt uses. "Admin consent required" per permission, from
 * https://learn.microsoft.com/graph/permissions-reference (Mail: Mail.Send and Mail.Send.Shared "No";
 * User: User.Read, User.ReadWrite and User.ReadBasic.All "No", User.Read.All and User.ReadWrite.All "Yes";
 * every UserAuthenticationMethod.*, UserAuthMethod-TAP.* and Policy.* permission "Yes"; AuditLog.Read.All "Yes";
 * GroupMember.Read.All and Group.Read.All "Yes").
 */
export interface GraphPermission {
  name: string;
  adminConsentRequired: boolean;
  /** What the consent prompt says the app may do, in the signed-in user's terms. */
  consentText: string;
}

export const graphPermissions: readonly GraphPermission[] = [
  { name: 'User.Read', adminConsentRequired: false, consentText: 'Sign you in and read your profile' },
  { name: 'User.ReadBasic.All', adminConsentRequired: false, consentText: "Read all users' basic profiles" },
  { name: 'User.Read.All', adminConsentRequired: true, consentText: "Read all users' full profiles" },
  { name: 'User.ReadWrite', adminConsentRequired: false, consentText: 'Read and update your profile' },
  { name: 'User.ReadWrite.All', adminConsentRequired: true, consentText: "Read and write all users' full profiles" },
  { name: 'Directory.Read.All', adminConsentRequired: true, consentText: 'Read directory data' },
  { name: 'Directory.ReadWrite.All', adminConsentRequired: true, consentText: 'Read and write directory data' },
  { name: 'GroupMember.Read.All', adminConsentRequired: true, consentText: 'Read group memberships' },
  { name: 'Group.Read.All', adminConsentRequired: true, consentText: 'Read all groups' },
  { name: 'Organization.Read.All', adminConsentRequired: true, consentText: 'Read organization information' },
  { name: 'UserAuthenticationMethod.Read', adminConsentRequired: true, consentText: 'Read your authentication methods' },
  { name: 'UserAuthenticationMethod.Read.All', adminConsentRequired: true, consentText: "Read all users' authentication methods" },
  { name: 'UserAuthenticationMethod.ReadWrite', adminConsentRequired: true, consentText: 'Read and write your authentication methods' },
  { name: 'UserAuthenticationMethod.ReadWrite.All', adminConsentRequired: true, consentText: "Read and write all users' authentication methods" },
  // Per-method permissions for Temporary Access Passes only (granular permissions added to Graph in October 2025,
  // https://learn.microsoft.com/graph/whats-new-overview): without `.All` they cover the signed-in user's own pass.
  { name: 'UserAuthMethod-TAP.Read', adminConsentRequired: true, consentText: 'Read your Temporary Access Pass authentication methods' },
  { name: 'UserAuthMethod-TAP.Read.All', adminConsentRequired: true, consentText: "Read all users' Temporary Access Pass authentication methods" },
  { name: 'UserAuthMethod-TAP.ReadWrite', adminConsentRequired: true, consentText: 'Read and write your Temporary Access Pass authentication methods' },
  { name: 'UserAuthMethod-TAP.ReadWrite.All', adminConsentRequired: true, consentText: "Read and write all users' Temporary Access Pass authentication methods" },
  { name: 'Policy.Read.All', adminConsentRequired: true, consentText: "Read your organization's policies" },
  { name: 'Policy.Read.AuthenticationMethod', adminConsentRequired: true, consentText: 'Read authentication method policies' },
  { name: 'Policy.ReadWrite.AuthenticationMethod', adminConsentRequired: true, consentText: 'Read and write authentication method policies' },
  { name: 'RoleManagement.Read.Directory', adminConsentRequired: true, consentText: 'Read directory role assignments and definitions' },
  { name: 'RoleManagement.Read.All', adminConsentRequired: true, consentText: 'Read role management data for all role providers' },
  { name: 'RoleManagement.ReadWrite.Directory', adminConsentRequired: true, consentText: 'Read and write directory role assignments and definitions' },
  { name: 'AuditLog.Read.All', adminConsentRequired: true, consentText: 'Read audit log data' },
  { name: 'Mail.Send', adminConsentRequired: false, consentText: 'Send mail as you' },
  { name: 'Mail.Send.Shared', adminConsentRequired: false, consentText: 'Send mail on behalf of others or yourself' },
];

/** OpenID Connect scopes never need an admin; the prompt still names what they allow. */
export const oidcConsentTexts: Readonly<Record<string, string>> = {
  openid: 'Sign you in',
  profile: 'View your basic profile',
  email: 'View your email address',
  offline_access: 'Maintain access to data you have given it access to',
};

export const findGraphPermission = (name: string): GraphPermission | undefined =>
  graphPermissions.find((permission) => permission.name.toLowerCase() === name.toLowerCase());

export const isUserConsentable = (name: string): boolean => findGraphPermission(name)?.adminConsentRequired === false;
