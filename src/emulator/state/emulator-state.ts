import { buildDemoUsers, demoApp, demoConsentedScopes, demoPolicy } from '../fixture/demo-tenant.js';
import { IdentityThrottle } from '../throttling/identity-throttle.js';
import type {
  ActiveFault,
  AppRegistration,
  AuthCodeGrant,
  ConsentFlow,
  DirectoryAudit,
  PassAuditEntry,
  RefreshGrant,
  RequestLogEntry,
  SentMail,
  TapPolicy,
  UserConsentSetting,
  UserRecord,
} from './model.js';

/** Everything the emulator remembers; `reset()` brings it back to the demo fixture. */
export class EmulatorState {
  readonly app: AppRegistration = demoApp;
  users = new Map<string, UserRecord>();
  policy: TapPolicy = demoPolicy();
  consentedScopes: string[] = [...demoConsentedScopes];
  userConsentSetting: UserConsentSetting = 'allowed';
  /** Each user's own consent to the demo app (a "Principal" grant), by object id. */
  userGrants = new Map<string, string[]>();
  consentFlows = new Map<string, ConsentFlow>();
  authCodes = new Map<string, AuthCodeGrant>();
  refreshTokens = new Map<string, RefreshGrant>();
  sentMail: SentMail[] = [];
  requestLog: RequestLogEntry[] = [];
  faults: ActiveFault[] = [];
  /** Decides which requests a fault with a `probability` hits; 1 after a reset. */
  faultSeed = 1;
  /** Graph's identity and access limits, off after a reset. */
  throttle = new IdentityThrottle();
  passAudit: PassAuditEntry[] = [];
  /** Oldest first, as written; Graph lists it newest first. */
  directoryAudits: DirectoryAudit[] = [];
  /** Lets tests move time forward (expiry, not-yet-valid passes) without waiting. */
  clockOffsetMs = 0;

  constructor() {
    this.reset();
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  reset(): void {
    this.clockOffsetMs = 0;
    this.users = new Map(buildDemoUsers(this.now()).map((record) => [record.user.id, record]));
    this.policy = demoPolicy();
    this.consentedScopes = [...demoConsentedScopes];
    this.userConsentSetting = 'allowed';
    this.userGrants.clear();
    this.consentFlows.clear();
    this.authCodes.clear();
    this.refreshTokens.clear();
    this.sentMail = [];
    this.requestLog = [];
    this.faults = [];
    this.faultSeed = 1;
    this.throttle = new IdentityThrottle();
    this.passAudit = [];
    this.directoryAudits = [];
  }

  /** Graph addresses users by object id or by userPrincipalName, both case-insensitively. */
  findUser(idOrUpn: string): UserRecord | undefined {
    const wanted = idOrUpn.toLowerCase();
    for (const record of this.users.values()) {
      if (record.user.id === wanted || record.user.userPrincipalName.toLowerCase() === wanted) return record;
    }
    return undefined;
  }

  /** Tenant-wide (admin) consent only. */
  isConsented(scope: string): boolean {
    return this.consentedScopes.some((granted) => granted.toLowerCase() === scope.toLowerCase());
  }

  /** What the demo app may do for this user: the admin's consent for everyone plus the user's own grant. */
  consentedScopesFor(userId: string): string[] {
    const own = (this.userGrants.get(userId) ?? []).filter((scope) => !this.isConsented(scope));
    return [...this.consentedScopes, ...own];
  }

  isConsentedFor(userId: string, scope: string): boolean {
    return this.consentedScopesFor(userId).some((granted) => granted.toLowerCase() === scope.toLowerCase());
  }

  /** Adds to the user's own grant; consenting again to a permission changes nothing. */
  grantUserConsent(userId: string, scopes: readonly string[]): void {
    const own = this.userGrants.get(userId) ?? [];
    const added = scopes.filter((scope) => !own.some((granted) => granted.toLowerCase() === scope.toLowerCase()));
    this.userGrants.set(userId, [...own, ...added]);
  }

  /** Included through a target group (or all_users) and not excluded through any group. */
  isInPolicyScope(record: UserRecord): boolean {
    const included = this.policy.includeTargets.some((target) => target.id === 'all_users' || record.groupIds.includes(target.id));
    const excluded = this.policy.excludeTargets.some((target) => record.groupIds.includes(target.id));
    return included && !excluded;
  }
}
