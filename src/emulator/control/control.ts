import { parseScopes } from '../authority/scopes.js';
import type { TokenIssuer, TokenResponse } from '../authority/token-issuer.js';
import { otherDeskAddress } from '../audit/directory-audit-log.js';
import { recordMethodRegistered } from '../audit/security-info-events.js';
import type { EmulatorEnvironment } from '../environment.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { buildMethods } from '../fixture/demo-methods.js';
import { demoPeople } from '../fixture/demo-tenant.js';
import type { MethodSeed } from '../fixture/demo-users.js';
import { newGuid } from '../state/ids.js';
import { createTap } from '../graph/tap-create.js';
import { tapView } from '../graph/method-view.js';
import { cohortCsv } from './cohort-csv.js';
import { defaultSpecials, seedCohort, type SeededCohort } from './seed-cohort.js';
import { seedPeople } from './seed-people.js';
import type { DirectoryAudit, FaultSpec, GraphUser, PassAuditEntry, RequestLogEntry, SentMail, TapPolicy, UserConsentSetting, UserRecord } from '../state/model.js';
import {
  clockSchema,
  cohortSchema,
  consentSchema,
  faultSchema,
  faultSeedSchema,
  issueTokenSchema,
  policyPatchSchema,
  otherDeskPassSchema,
  registerMethodSchema,
  seedPeopleSchema,
  throttlingSchema,
  userConsentSettingSchema,
  userPatchSchema,
  type CohortOptions,
  type IssueTokenOptions,
  type OtherDeskPass,
  type PolicyPatch,
  type SeedPeopleOptions,
  type ThrottlingOptions,
  type UserPatch,
} from './control-schema.js';
import type { EffectiveThrottle } from '../throttling/identity-throttle.js';

/** Test and demo levers; the same operations are served over HTTP under /_emulator. */
export interface EmulatorControl {
  /** Back to the demo fixture: users, policy, admin and user consent, mail, log, faults, throttling, clock. */
  reset(): void;
  policy(): TapPolicy;
  setPolicy(patch: PolicyPatch): TapPolicy;
  setUser(idOrUpn: string, patch: UserPatch): GraphUser;
  /**
   * Adds `count` ordinary people who share a surname ('Sample' unless named), so one search matches many;
   * the next reset removes them. Returns them as Graph holds them.
   */
  seedPeople(options: SeedPeopleOptions): GraphUser[];
  /**
   * Adds a cohort of new hires (1,000 unless counted, at most 2,000) whose hire dates go round `days` days from
   * `hireDate`: across usage locations, most with a manager, in the policy's eligible group, and among them guests,
   * disabled accounts, admins, people in the excluded group and people holding a pass. The same seed gives the same
   * people. Returns each with what is special about them, and the list as CSV; the next reset removes them.
   */
  seedCohort(options: CohortOptions): SeededCohort;
  /** Replaces the admin-consented Graph permissions of the demo app. */
  setConsent(scopes: readonly string[]): void;
  /** Whether users may consent on their own to permissions that need no admin; 'allowed' after reset. */
  setUserConsentSetting(setting: UserConsentSetting): void;
  /** The Graph permissions this user consented to on their own (not the admin's tenant-wide consent). */
  userConsent(userIdOrUpn: string): string[];
  /** Replaces the user's own grant, as an admin can for one user; [] revokes it. */
  setUserConsent(userIdOrUpn: string, scopes: readonly string[]): void;
  /** Returns the fault id. */
  addFault(fault: FaultSpec): string;
  clearFaults(): void;
  /** The seed that decides which requests a fault with a `probability` hits; the same seed, the same hits. */
  setFaultSeed(seed: number): void;
  /**
   * Turns Graph's identity and access limits on or off, with full buckets; each request and each `$batch` part is
   * charged its documented cost. Returns the limits in force.
   */
  setThrottling(options: ThrottlingOptions): EffectiveThrottle;
  /**
   * "Another desk issues a pass for this person now", under the service's own rules: it replaces the pass the
   * person had, and the directory audit log names the technician at that desk. Returns the pass as Graph lists it
   * (the code itself is not kept).
   */
  issuePassElsewhere(userIdOrUpn: string, pass?: OtherDeskPass): Record<string, unknown>;
  /** Every pass created or deleted since the reset, oldest first. */
  passAudit(): PassAuditEntry[];
  /** The directory audit log since the reset as Graph holds it, the latest written first, whoever may read it. */
  directoryAudits(): DirectoryAudit[];
  /** The person's pass as Graph lists it, or null: what the service really holds, for checks from outside. */
  passOf(userIdOrUpn: string): Record<string, unknown> | null;
  /** "The user signed in with the pass": a one-time pass becomes OneTimeUsed. */
  markPassUsed(userIdOrUpn: string): void;
  /**
   * "The person registered a method" (what they do with the pass), e.g. a passkey after the first sign-in; the
   * audit log records it as the person's own registration.
   */
  registerMethod(userIdOrUpn: string, kind: MethodSeed): void;
  sentMail(): SentMail[];
  requestLog(): RequestLogEntry[];
  /** Moves the emulator's clock (token lifetimes, pass validity) by this many milliseconds from real time. */
  setClockOffset(offsetMs: number): void;
  /** Signs in without the browser step; the tokens are the token endpoint's own. */
  issueToken(options: IssueTokenOptions): Promise<TokenResponse>;
}

/** A control request that cannot be carried out; `status` is what the HTTP surface answers. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

export const createControl = (env: EmulatorEnvironment, state: EmulatorState, issuer: TokenIssuer): EmulatorControl => {
  const userOrThrow = (idOrUpn: string): UserRecord => {
    const record = state.findUser(idOrUpn);
    if (!record) throw new ControlError(404, `No user '${idOrUpn}' in the demo tenant.`);
    return record;
  };
  const existingIds = (ids: readonly string[], field: string): string[] =>
    ids.map((id) => {
      const found = state.users.get(id.toLowerCase());
      if (!found) throw new ControlError(400, `${field}: no user with object id '${id}' in the demo tenant.`);
      return found.user.id;
    });
  const graphScopes = (names: readonly string[], consented: readonly string[] = state.consentedScopes): string[] => {
    const parsed = parseScopes(names.join(' '), env, consented);
    if (parsed.kind !== 'ok') throw new ControlError(400, `Unknown Graph permission in ${names.join(', ')}.`);
    return parsed.graph;
  };

  return {
    reset: () => state.reset(),
    policy: () => structuredClone(state.policy),
    setPolicy: (patch) => {
      const merged = { ...state.policy, ...policyPatchSchema.parse(patch) };
      if (merged.minimumLifetimeInMinutes > merged.maximumLifetimeInMinutes) throw new ControlError(400, 'minimumLifetimeInMinutes exceeds maximumLifetimeInMinutes.');
      if (merged.defaultLifetimeInMinutes < merged.minimumLifetimeInMinutes || merged.defaultLifetimeInMinutes > merged.maximumLifetimeInMinutes) {
        throw new ControlError(400, 'defaultLifetimeInMinutes must lie between the minimum and maximum lifetime.');
      }
      state.policy = merged;
      return structuredClone(merged);
    },
    setUser: (idOrUpn, patch) => {
      const record = userOrThrow(idOrUpn);
      const { roleIds, groupIds, password, managerId, sendAs, fullAccess, ...profile } = userPatchSchema.parse(patch);
      // Checked before anything changes, so a refused patch leaves the user as it was.
      const manager = managerId ? existingIds([managerId], 'managerId')[0] : managerId;
      if (manager === record.user.id) throw new ControlError(400, 'managerId: a user cannot be their own manager.');
      const senders = sendAs ? existingIds(sendAs, 'sendAs') : undefined;
      const openers = fullAccess ? existingIds(fullAccess, 'fullAccess') : undefined;
      record.user = { ...record.user, ...profile };
      if (roleIds) record.roleIds = roleIds.map((id) => id.toLowerCase());
      if (groupIds) record.groupIds = groupIds.map((id) => id.toLowerCase());
      if (password !== undefined) record.password = password;
      if (manager !== undefined) record.managerId = manager;
      if (senders) record.sendAs = [...new Set(senders)];
      if (openers) record.fullAccess = [...new Set(openers)];
      return structuredClone(record.user);
    },
    seedPeople: (options) => {
      const { count, surname } = seedPeopleSchema.parse(options);
      return seedPeople(state, env.tenantDomain, count, surname).map((record) => structuredClone(record.user));
    },
    seedCohort: (options) => {
      const { specials, ...plan } = cohortSchema.parse(options);
      const asked = Object.fromEntries(Object.entries(specials).filter((entry): entry is [string, number] => entry[1] !== undefined));
      const counts = { ...defaultSpecials(plan.count), ...asked };
      if (Object.values(counts).reduce((sum, count) => sum + count, 0) > plan.count) throw new ControlError(400, 'specials: more special people than the cohort has.');
      const people = seedCohort(state, env.tenantDomain, { ...plan, specials: counts });
      return { people, csv: cohortCsv(people) };
    },
    setConsent: (scopes) => {
      state.consentedScopes = graphScopes(consentSchema.parse({ scopes: [...scopes] }).scopes.filter((scope) => !scope.endsWith('/.default')));
    },
    setUserConsentSetting: (setting) => {
      state.userConsentSetting = userConsentSettingSchema.parse({ setting }).setting;
    },
    userConsent: (userIdOrUpn) => [...(state.userGrants.get(userOrThrow(userIdOrUpn).user.id) ?? [])],
    setUserConsent: (userIdOrUpn, scopes) => {
      const record = userOrThrow(userIdOrUpn);
      const granted = graphScopes(consentSchema.parse({ scopes: [...scopes] }).scopes.filter((scope) => !scope.endsWith('/.default')));
      state.userGrants.set(record.user.id, granted);
    },
    addFault: (fault) => {
      const spec = faultSchema.parse(fault);
      const id = newGuid();
      state.faults.push({ ...spec, id, remaining: spec.times ?? null, seen: new Map() });
      return id;
    },
    clearFaults: () => {
      state.faults = [];
    },
    setFaultSeed: (seed) => {
      state.faultSeed = faultSeedSchema.parse({ seed }).seed;
    },
    setThrottling: (options) => {
      const { enabled, resourceUnitsPer10Seconds = null, writesPer150Seconds = null } = throttlingSchema.parse(options);
      state.throttle.configure({ enabled, resourceUnitsPer10Seconds, writesPer150Seconds });
      return state.throttle.settings(state.users.size);
    },
    issuePassElsewhere: (userIdOrUpn, pass = {}) => {
      const record = userOrThrow(userIdOrUpn);
      const { initiatedBy = demoPeople.authAdmin.id, ...body } = otherDeskPassSchema.parse(pass);
      const actor = { record: userOrThrow(initiatedBy), ipAddress: otherDeskAddress, viaControl: true };
      const created = createTap(state, record, body, actor);
      if (created.kind === 'rejected') throw new ControlError(created.problem.status, created.problem.message);
      return tapView(state, record, created.tap);
    },
    passAudit: () => structuredClone(state.passAudit),
    directoryAudits: () => structuredClone(state.directoryAudits).reverse(),
    passOf: (userIdOrUpn) => {
      const record = userOrThrow(userIdOrUpn);
      return record.tap ? tapView(state, record, record.tap) : null;
    },
    markPassUsed: (userIdOrUpn) => {
      const record = userOrThrow(userIdOrUpn);
      if (!record.tap) throw new ControlError(404, `${record.user.userPrincipalName} has no Temporary Access Pass.`);
      record.tap.usedAt = state.now();
    },
    registerMethod: (userIdOrUpn, kind) => {
      const record = userOrThrow(userIdOrUpn);
      const { user } = record;
      const method = buildMethods([registerMethodSchema.parse({ kind }).kind], {
        key: user.userPrincipalName.split('@')[0] ?? user.id,
        givenName: user.givenName ?? user.displayName,
        mobilePhone: user.mobilePhone,
        mail: user.mail,
        registeredOn: new Date(state.now()).toISOString(),
      })[0];
      if (!method || record.methods.some((existing) => existing.id === method.id)) return;
      record.methods.push(method);
      recordMethodRegistered(state, record, method);
    },
    sentMail: () => structuredClone(state.sentMail),
    requestLog: () => structuredClone(state.requestLog),
    setClockOffset: (offsetMs) => {
      state.clockOffsetMs = clockSchema.parse({ offsetMs }).offsetMs;
    },
    issueToken: async (options) => {
      const { username, scopes } = issueTokenSchema.parse(options);
      const record = userOrThrow(username);
      if (!record.user.accountEnabled) throw new ControlError(400, 'AADSTS50057: The user account is disabled.');
      const consented = state.consentedScopesFor(record.user.id);
      const granted = scopes ? graphScopes(scopes, consented) : consented;
      const missing = granted.filter((scope) => !state.isConsentedFor(record.user.id, scope));
      if (missing.length > 0) throw new ControlError(400, `AADSTS65001: The demo app has no consent for ${missing.join(', ')}.`);
      return issuer.issue({ user: record, clientId: state.app.clientId, graphScopes: granted, oidcScopes: ['openid', 'profile', 'offline_access'], nonce: null });
    },
  };
};
