import { buildDemoUsers, demoApp, demoConsentedScopes, demoPolicy } from '../fixture/demo-tenant.js';
import type {
  ActiveFault,
  AppRegistration,
  AuthCodeGrant,
  RefreshGrant,
  RequestLogEntry,
  SentMail,
  TapPolicy,
  UserRecord,
} from './model.js';

/** Everything the emulator remembers; `reset()` brings it back to the demo fixture. */
export class EmulatorState {
  readonly app: AppRegistration = demoApp;
  users = new Map<string, UserRecord>();
  policy: TapPolicy = demoPolicy();
  consentedScopes: string[] = [...demoConsentedScopes];
  authCodes = new Map<string, AuthCodeGrant>();
  refreshTokens = new Map<string, RefreshGrant>();
  sentMail: SentMail[] = [];
  requestLog: RequestLogEntry[] = [];
  faults: ActiveFault[] = [];
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
    this.authCodes.clear();
    this.refreshTokens.clear();
    this.sentMail = [];
    this.requestLog = [];
    this.faults = [];
  }

  /** Graph addresses users by object id or by userPrincipalName, both case-insensitively. */
  findUser(idOrUpn: string): UserRecord | undefined {
    const wanted = idOrUpn.toLowerCase();
    for (const record of this.users.values()) {
      if (record.user.id === wanted || record.user.userPrincipalName.toLowerCase() === wanted) return record;
    }
    return undefined;
  }

  isConsented(scope: string): boolean {
    return this.consentedScopes.some((granted) => granted.toLowerCase() === scope.toLowerCase());
  }

  /** Included through a target group (or all_users) and not excluded through any group. */
  isInPolicyScope(record: UserRecord): boolean {
    const included = this.policy.includeTargets.some((target) => target.id === 'all_users' || record.groupIds.includes(target.id));
    const excluded = this.policy.excludeTargets.some((target) => record.groupIds.includes(target.id));
    return included && !excluded;
  }
}
