/** The directory as the emulator holds it: Graph-shaped user data plus what only Entra knows (password, roles, groups). */

export type UsageLocation = 'DE' | 'FR' | 'US' | 'GB' | 'JP' | 'BR';

export interface GraphUser {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  userPrincipalName: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
  companyName: string | null;
  officeLocation: string | null;
  city: string | null;
  country: string | null;
  usageLocation: UsageLocation | null;
  preferredLanguage: string | null;
  accountEnabled: boolean;
  userType: 'Member' | 'Guest';
  creationType: string | null;
  mobilePhone: string | null;
  businessPhones: string[];
  /** Exchange addresses, `SMTP:` for the primary one: https://learn.microsoft.com/graph/api/resources/user#properties */
  proxyAddresses: string[];
  /**
   * HR's identifier and first day, when set on the account itself (a seeded cohort, a patched user); otherwise the
   * demo profile derives them for staff (`fixture/demo-profile.ts`). The hire date is ISO 8601 in UTC.
   */
  employeeId?: string | null;
  employeeHireDate?: string | null;
}

export type MethodKind =
  | 'microsoftAuthenticator'
  | 'fido2'
  | 'phone'
  | 'windowsHelloForBusiness'
  | 'email'
  | 'softwareOath';

export interface RegisteredMethod {
  kind: MethodKind;
  id: string;
  /** Graph properties of this method type beyond id and @odata.type. */
  properties: Record<string, string | number | boolean | null | string[]>;
}

export interface TapRecord {
  id: string;
  createdAt: number;
  startsAt: number;
  lifetimeInMinutes: number;
  isUsableOnce: boolean;
  /** Set when the holder signed in with a one-time pass. The pass value itself is never kept. */
  usedAt: number | null;
}

export interface UserRecord {
  user: GraphUser;
  /** Only sign-in accounts have one; everyone else fails the password check. */
  password: string | null;
  roleIds: string[];
  groupIds: string[];
  methods: RegisteredMethod[];
  photo: Buffer | null;
  tap: TapRecord | null;
  /** The `manager` navigation property: another user's object id, or none. */
  managerId: string | null;
  /**
   * Exchange "Send As" on this user's mailbox: the object ids of users who may send from it
   * (https://learn.microsoft.com/graph/outlook-send-mail-from-other-user#mailbox-permissions).
   */
  sendAs: string[];
  /**
   * Exchange "Full Access" on this user's mailbox: the object ids of users who may open it. Sending through
   * /users/{this user}/sendMail needs it on top of Send As ("the sending user must have the Full Access mailbox
   * permission in addition to either the Send on Behalf or Send As permission",
   * https://learn.microsoft.com/graph/outlook-send-mail-from-other-user#sent-items-behavior).
   */
  fullAccess: string[];
}

export interface GroupRecord {
  id: string;
  displayName: string;
}

export interface PolicyIncludeTarget {
  targetType: 'group';
  id: string;
  isRegistrationRequired: boolean;
}

export interface PolicyExcludeTarget {
  targetType: 'group';
  id: string;
}

export interface TapPolicy {
  state: 'enabled' | 'disabled';
  defaultLifetimeInMinutes: number;
  defaultLength: number;
  minimumLifetimeInMinutes: number;
  maximumLifetimeInMinutes: number;
  isUsableOnce: boolean;
  includeTargets: PolicyIncludeTarget[];
  excludeTargets: PolicyExcludeTarget[];
}

export interface AppRegistration {
  clientId: string;
  displayName: string;
  /** The registration's "Mobile and desktop applications" redirect URIs. */
  redirectUris: string[];
}

export interface AuthCodeGrant {
  clientId: string;
  redirectUri: string;
  userId: string;
  scopes: string[];
  codeChallenge: string;
  nonce: string | null;
  expiresAt: number;
  redeemed: boolean;
}

/**
 * Entra's tenant-wide "User consent settings": whether users may consent on their own to permissions that
 * need no admin (https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent).
 */
export type UserConsentSetting = 'allowed' | 'disabled';

/** A user who signed in and now sees the consent step; the form carries only the opaque token that names it. */
export interface ConsentFlow {
  userId: string;
  /** The authorize request's `scope`, so an answer cannot be replayed for other permissions. */
  scopes: string;
  expiresAt: number;
}

export interface RefreshGrant {
  clientId: string;
  userId: string;
  graphScopes: string[];
  oidcScopes: string[];
  issuedAt: number;
}

export interface SentMail {
  id: string;
  /** UPN of the mailbox the message is from: the caller's own, or a mailbox they may send as. */
  from: string;
  /** UPN of the signed-in user who sent it. */
  sentBy: string;
  sentDateTime: string;
  saveToSentItems: boolean;
  message: unknown;
}

export interface RequestLogEntry {
  timestamp: string;
  method: string;
  path: string;
  status: number;
  clientRequestId: string | null;
}

/**
 * One change to a person's pass, as the directory's audit log would record it: who did it, to whom, and which
 * pass a new one replaced. Kept so that checks from outside can compare what a client reported with what happened.
 */
export interface PassAuditEntry {
  at: number;
  activity: 'create' | 'delete';
  userId: string;
  passId: string;
  /** For a create: the pass it replaced (Graph keeps one per person). */
  replacedPassId: string | null;
  /** The caller's object id, or `control` for a pass issued through the control surface ("another desk"). */
  initiatedBy: string;
}

/** `modifiedProperty`: old and new values as JSON text, as the audit log shows them. */
export interface AuditModifiedProperty {
  displayName: string;
  oldValue: string | null;
  newValue: string | null;
}

/** `auditActivityInitiator`: a user or an app (https://learn.microsoft.com/graph/api/resources/auditactivityinitiator). */
export interface AuditInitiator {
  user: { id: string; displayName: string | null; userPrincipalName: string | null; ipAddress: string | null; homeTenantId: null; homeTenantName: null } | null;
  app: { appId: string | null; displayName: string | null; servicePrincipalId: string | null; servicePrincipalName: string | null } | null;
}

/** `targetResource` (https://learn.microsoft.com/graph/api/resources/targetresource). */
export interface AuditTargetResource {
  id: string;
  displayName: string | null;
  type: string;
  userPrincipalName: string | null;
  groupType: null;
  modifiedProperties: AuditModifiedProperty[];
}

/** One event of the directory audit log, in Graph's shape (https://learn.microsoft.com/graph/api/resources/directoryaudit). */
export interface DirectoryAudit {
  id: string;
  category: string;
  correlationId: string;
  result: 'success' | 'failure' | 'timeout';
  resultReason: string;
  activityDisplayName: string;
  activityDateTime: string;
  loggedByService: string;
  operationType: string;
  initiatedBy: AuditInitiator;
  targetResources: AuditTargetResource[];
  additionalDetails: Array<{ key: string; value: string }>;
}

export interface FaultSpec {
  method?: string;
  /** Regular expression source, matched against the request pathname. */
  pathPattern: string;
  status?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  /** Destroy the socket instead of answering. */
  drop?: boolean;
  /**
   * Carry the request out first, then drop or answer with `status`: the service committed the change and the
   * caller never learns it (a connection cut after the commit, a gateway timing out on a slow backend).
   */
  afterHandler?: boolean;
  /** How many matching requests it affects; unlimited when omitted. */
  times?: number;
  /**
   * For a `$batch` part: cut the whole batch's connection once every part has run (this one too with `afterHandler`),
   * so the client learns nothing of any part. Outside a batch it cuts the request like `drop`.
   */
  cutsBatch?: boolean;
  /**
   * The share of matching requests it affects, 0 to 1; every one when omitted. Whether a request is hit follows from
   * the fault seed, its method and path and how often that path was seen, not from what else runs meanwhile.
   */
  probability?: number;
}

export interface ActiveFault extends FaultSpec {
  id: string;
  remaining: number | null;
  /** How many requests it has seen per method and path, for `probability`. */
  seen: Map<string, number>;
}
