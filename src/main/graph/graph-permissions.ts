/**
 * Delegated Graph permissions, asked for when a feature first needs them; each request names the narrowest
 * one its API page lists (https://learn.microsoft.com/graph/permissions-reference).
 */
export const graphPermissions = {
  /** Everything the workspace needs from the first search on: the three sets below together. */
  signIn: ['User.Read.All', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.Read.All'],
  /** Find people, read their profile, photo and manager. */
  users: ['User.Read.All'],
  /**
   * List, create and delete passes: the Temporary Access Pass-only permission rather than
   * UserAuthenticationMethod.ReadWrite.All, which could change every method of a user.
   * https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods
   */
  passes: ['UserAuthMethod-TAP.ReadWrite.All'],
  /** Read every registered method (read only). https://learn.microsoft.com/graph/api/authentication-list-methods */
  methods: ['UserAuthenticationMethod.Read.All'],
  /** https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethodconfiguration-get */
  policy: ['Policy.Read.AuthenticationMethod'],
  roles: ['RoleManagement.Read.Directory'],
  mail: ['Mail.Send'],
  /** Sending from a shared mailbox: https://learn.microsoft.com/graph/outlook-send-mail-from-other-user */
  mailShared: ['Mail.Send.Shared'],
  /**
   * Whether people are members of the pass policy's groups (`checkMemberGroups`), asked for when a cohort is
   * checked against a policy that names groups. The API takes a users permission and a groups one; the narrowest
   * pair is User.ReadBasic.All with GroupMember.Read.All, and the desk holds User.Read.All already
   * (https://learn.microsoft.com/graph/api/user-checkmembergroups#permissions).
   */
  groupMembers: ['GroupMember.Read.All'],
  /** Entra's directory audit log, asked for when the tenant view opens: https://learn.microsoft.com/graph/api/directoryaudit-list */
  auditLog: ['AuditLog.Read.All'],
} as const;

export const scopesFor = (graphHost: string, permissions: readonly string[]): string[] =>
  permissions.map((permission) => `${graphHost}/${permission}`);
