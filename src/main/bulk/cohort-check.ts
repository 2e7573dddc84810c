import type { CheckedRow, CohortPerson, CohortRow, TapPolicy } from '../../shared';
import { failure } from '../app-failure';
import { toAppError } from '../graph/error-mapping';
import type { DirectoryUser, GraphApi, PolicyTargets } from '../graph/graph-api';
import type { BatchAnswer } from '../graph/graph-batch';
import { graphPermissions } from '../graph/graph-permissions';
import { cancellable } from '../net/call-limits';
import { sendInSteps, type Pace } from './batch-steps';
import { readPeople } from './cohort-reads';
import { isLookedUp, lookupsOf, resolutionsOf, type Resolution } from './cohort-resolve';
import { scopeGroupIds } from './policy-scope';
import { findingOf, lookupFinding, type CheckContext, type RowFacts } from './row-finding';

export interface CheckDeps {
  api: GraphApi;
  technicianId: string;
  /** Role template ids of the technician, null when unreadable. */
  technicianRoleIds: string[] | null;
  /** The slip and notice language for this person, from the tenant's rules, or the row's own choice. */
  languageFor: (person: CohortPerson, chosen: string | undefined) => string;
  onProgress: (done: number, total: number) => void;
  now: () => number;
  /** Waits until this many requests may go under Graph's limits; none by default. */
  pace?: Pace;
}

export interface CheckedCohort {
  /** In the order given, one per row. */
  rows: CheckedRow[];
  policy: TapPolicy | null;
  policyScopeChecked: boolean;
  /** For each row with a person, by line: what issuing and the journal need later (the methods they have now). */
  people: Map<number, { user: DirectoryUser; methodIds: string[] | null }>;
}

/** Progress is told at most this often, however fast the answers come. */
const PROGRESS_INTERVAL_MS = 100;

const progressOf = (deps: CheckDeps, total: number, signal: AbortSignal | undefined) => {
  let told = { at: -Infinity, done: -1 };
  return (done: number) => {
    const at = deps.now();
    if (signal?.aborted || done === told.done || (done < total && at - told.at < PROGRESS_INTERVAL_MS)) return;
    told = { at, done };
    deps.onProgress(done, total);
  };
};

/**
 * The policy with its targets, or null when it cannot be read for any reason but a cancel: the service applies
 * it when issuing anyway, so the check goes on without it.
 */
const readPolicy = async (api: GraphApi): Promise<{ policy: TapPolicy; targets: PolicyTargets | null } | null> => {
  try {
    return await api.tapPolicyWithTargets();
  } catch (error) {
    if (toAppError(error).code === 'cancelled') throw error;
    return null;
  }
};

/** Whoever a row without a person is, the tenant's rules still give its line a language. */
const nobody = (row: CohortRow): CohortPerson => ({
  id: '',
  displayName: row.key,
  userPrincipalName: '',
  mail: null,
  preferredLanguage: null,
  usageLocation: null,
  employeeHireDate: null,
  accountEnabled: null,
});

/** Each row's resolution, with the earlier line that names the same person. */
const withDuplicates = (rows: readonly CohortRow[], resolutions: ReadonlyMap<number, Resolution>) => {
  const firstLine = new Map<string, number>();
  return rows.map((row) => {
    const resolution = resolutions.get(row.line)!;
    if (resolution.kind !== 'found') return { row, resolution, duplicateOf: null };
    const id = resolution.user.id.toLowerCase();
    const duplicateOf = firstLine.get(id) ?? null;
    if (duplicateOf === null) firstLine.set(id, row.line);
    return { row, resolution, duplicateOf };
  });
};

const checkedRow = (deps: CheckDeps, facts: RowFacts & { row: CohortRow }, context: CheckContext): CheckedRow => {
  const { line, key, keyKind, ...options } = facts.row;
  const person = facts.resolution.kind === 'found' ? facts.resolution.person : null;
  return {
    line,
    key,
    keyKind,
    options,
    ...findingOf(facts, context),
    person,
    language: deps.languageFor(person ?? nobody(facts.row), options.language),
  };
};

const check = async (deps: CheckDeps, rows: readonly CohortRow[], signal: AbortSignal | undefined): Promise<CheckedCohort> => {
  const { api } = deps;
  const progress = progressOf(deps, rows.length, signal);
  // A row whose key named nobody, several people or failed is done after its lookup.
  const lookedUp = (answers: ReadonlyMap<string, BatchAnswer>) =>
    [...resolutionsOf(rows.filter((row) => isLookedUp(row, answers)), answers).values()].filter((resolution) => resolution.kind !== 'found').length;
  const [policyRead, answers] = await Promise.all([
    readPolicy(api),
    sendInSteps((step) => api.batch(step, graphPermissions.users), lookupsOf(rows), (sofar) => progress(lookedUp(sofar)), deps.pace),
  ]);
  const { policy, targets } = policyRead ?? { policy: null, targets: null };
  const context: CheckContext = { technicianId: deps.technicianId, technicianRoleIds: deps.technicianRoleIds, policy, scope: targets };
  const lookups = withDuplicates(rows, resolutionsOf(rows, answers));
  const toRead = lookups.filter((lookup) => lookupFinding(lookup, context) === null);
  const userIds = [...new Set(toRead.flatMap(({ resolution }) => (resolution.kind === 'found' ? [resolution.user.id] : [])))];
  const early = rows.length - toRead.length;
  progress(early);

  const groupIds = targets ? scopeGroupIds(targets) : [];
  const { facts, groupsAsked } = await readPeople(api, userIds, groupIds, (read) => progress(early + read), deps.pace);
  const groupsRefused = [...facts.values()].some((person) => person.groups.kind === 'forbidden');
  const scopeChecked = targets !== null && (groupIds.length === 0 || (groupsAsked && !groupsRefused));
  const final: CheckContext = { ...context, scope: scopeChecked ? targets : null };

  const people: CheckedCohort['people'] = new Map();
  const checked = lookups.map((lookup) => {
    const personFacts = lookup.resolution.kind === 'found' ? facts.get(lookup.resolution.user.id) : undefined;
    if (lookup.resolution.kind === 'found') {
      const methodIds = personFacts?.methodIds.kind === 'read' ? personFacts.methodIds.value : null;
      people.set(lookup.row.line, { user: lookup.resolution.user, methodIds });
    }
    return checkedRow(deps, { ...lookup, facts: personFacts }, final);
  });
  progress(rows.length);
  return { rows: checked, policy, policyScopeChecked: policy?.state === 'disabled' || scopeChecked, people };
};

const stopped = () => failure('cancelled', 'The check of the cohort was stopped.');

/**
 * Finds every row's person and what stands in the way of a pass, in two rounds of `$batch`: the rows' keys, then
 * the people found. With `signal`, aborting stops every call the check makes and answers `cancelled` at once.
 */
export const checkCohort = (deps: CheckDeps, rows: CohortRow[], signal?: AbortSignal): Promise<CheckedCohort> => {
  if (!signal) return check(deps, rows, signal);
  if (signal.aborted) return Promise.reject(stopped());
  return new Promise<CheckedCohort>((resolve, reject) => {
    const stop = () => reject(stopped());
    signal.addEventListener('abort', stop, { once: true });
    cancellable(signal, () => check(deps, rows, signal))
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', stop));
  });
};
