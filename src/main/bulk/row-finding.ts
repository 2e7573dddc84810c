import { canIssueForPrivileged, isExternalGuest, isPrivilegedTarget, type AppError, type CheckedRow, type CohortFinding, type TapPolicy } from '../../shared';
import type { DirectoryUser, PolicyTargets } from '../graph/graph-api';
import { noAnswer } from './batch-steps';
import type { PersonFacts, Read } from './cohort-reads';
import type { Resolution } from './cohort-resolve';
import { isInScope } from './policy-scope';

/** What holds for every row of a check. */
export interface CheckContext {
  technicianId: string;
  technicianRoleIds: string[] | null;
  policy: TapPolicy | null;
  /** The policy's targets when people are checked against them, else null (`policyScopeChecked` false). */
  scope: PolicyTargets | null;
}

export interface RowFacts {
  resolution: Resolution;
  /** The earlier line naming the same person. */
  duplicateOf: number | null;
  /** Round two's reads of the person; absent when an earlier finding made them unnecessary. */
  facts: PersonFacts | undefined;
}

export type RowFinding = Pick<CheckedRow, 'finding' | 'existingPass' | 'candidates' | 'duplicateOf' | 'error'>;

const settled = (finding: CohortFinding, more: Partial<RowFinding> = {}): RowFinding => ({
  finding,
  existingPass: null,
  candidates: null,
  duplicateOf: null,
  error: null,
  ...more,
});

const withError = (finding: CohortFinding, error: AppError) => settled(finding, { error: { code: error.code, requestId: error.requestId ?? null } });

/** A read the next step cannot do without: the failure ends the row as `unchecked`. */
const failureOf = (...reads: Read<unknown>[]): AppError | null => {
  const failed = reads.find((read) => read.kind === 'failed');
  return failed?.kind === 'failed' ? failed.error : null;
};

const outsidePolicy = (scope: PolicyTargets | null, userId: string, facts: PersonFacts): RowFinding | 'inside' => {
  if (!scope) return 'inside';
  const groups = facts.groups;
  if (groups.kind === 'failed') return withError('unchecked', groups.error);
  const memberOf = groups.kind === 'read' ? groups.value : new Set<string>();
  return isInScope(scope, userId, memberOf) ? 'inside' : settled('outside_policy');
};

/** The finding round one decides, or null when it takes reading the person (round two). */
export const lookupFinding = ({ resolution, duplicateOf }: Omit<RowFacts, 'facts'>, context: CheckContext): RowFinding | null => {
  if (resolution.kind === 'not_found') return settled('not_found');
  if (resolution.kind === 'ambiguous') return settled('ambiguous', { candidates: resolution.candidates });
  if (resolution.kind === 'failed') return withError('unchecked', resolution.error);
  if (duplicateOf !== null) return settled('duplicate', { duplicateOf });
  if (resolution.user.id.toLowerCase() === context.technicianId.toLowerCase()) return settled('self');
  if (isExternalGuest(resolution.user)) return settled('guest');
  return context.policy?.state === 'disabled' ? settled('outside_policy') : null;
};

const readsFinding = (user: DirectoryUser, facts: PersonFacts, context: CheckContext): RowFinding => {
  const scope = outsidePolicy(context.scope, user.id, facts);
  if (scope !== 'inside') return scope;
  const { passes, methodIds, roleIds } = facts;
  const failed = failureOf(passes, methodIds, roleIds);
  if (failed) return withError('unchecked', failed);
  // Graph refusing to show the person's methods is the service saying this role may not manage them.
  const refused = [passes, methodIds].find((read) => read.kind === 'forbidden');
  if (refused?.kind === 'forbidden') return withError('insufficient_role', refused.error);
  // Roles that cannot be read are no finding, as in the single flow; unknown technician roles leave it to the service.
  if (roleIds.kind === 'read' && isPrivilegedTarget(roleIds.value)) {
    const mayNot = context.technicianRoleIds !== null && !canIssueForPrivileged(context.technicianRoleIds);
    return settled(mayNot ? 'insufficient_role' : 'privileged');
  }
  if (user.accountEnabled === false) return settled('disabled');
  const pass = passes.kind === 'read' ? (passes.value[0] ?? null) : null;
  return pass ? settled('has_pass', { existingPass: pass }) : settled('ready');
};

/**
 * A row's one finding, the first that holds in this order: not found or ambiguous, duplicate, self, guest, outside
 * the policy, insufficient role, privileged, disabled, has a pass, ready. A read a step needs that failed makes
 * the row `unchecked` there, with its error.
 */
export const findingOf = (row: RowFacts, context: CheckContext): RowFinding => {
  const early = lookupFinding(row, context);
  if (early) return early;
  if (row.resolution.kind !== 'found' || !row.facts) return withError('unchecked', noAnswer());
  return readsFinding(row.resolution.user, row.facts, context);
};
