export { startEmulator, type RunningEmulator, type StartEmulatorOptions } from './start-emulator.js';
export type { EmulatorControl } from './control/control.js';
export type { CohortOptions, IssueTokenOptions, PolicyPatch, ThrottlingOptions, UserPatch } from './control/control-schema.js';
export type { CohortMember, CohortSpecial, SeededCohort } from './control/seed-cohort.js';
export type { EffectiveThrottle } from './throttling/identity-throttle.js';
export type { TokenResponse } from './authority/token-issuer.js';
export {
  demoTechnicians,
  demoPeople,
  demoGroups,
  demoMailboxes,
  demoConsentedScopes,
  type DemoAccount,
  type DemoMailbox,
  type DemoTechnician,
} from './fixture/demo-tenant.js';
export { roleIds, type RoleId, type RoleName } from './roles/role-ids.js';
export type { DirectoryAudit, FaultSpec, GraphUser, PassAuditEntry, RequestLogEntry, SentMail, TapPolicy, UserConsentSetting } from './state/model.js';
