import type { AppError, ExistingPass } from '../../shared';
import { appErrorFromAnswer, toAppError } from '../graph/error-mapping';
import { toPass, type GraphApi } from '../graph/graph-api';
import type { BatchAnswer, BatchGet } from '../graph/graph-batch';
import { graphPermissions } from '../graph/graph-permissions';
import { describeMethod } from '../graph/method-labels';
import { noAnswer, sendInSteps, type Pace, type SendBatch } from './batch-steps';
import { GROUPS_PER_CHECK } from './policy-scope';

/** One fact about a person: read, refused to this technician (403), failed, or not asked (no consent for it). */
export type Read<T> = { kind: 'read'; value: T } | { kind: 'forbidden'; error: AppError } | { kind: 'failed'; error: AppError } | { kind: 'not_asked' };

export interface PersonFacts {
  passes: Read<ExistingPass[]>;
  /** Their methods besides a pass, so a method registered later can be told from these. */
  methodIds: Read<string[]>;
  /** Role template ids directly assigned to them. */
  roleIds: Read<string[]>;
  /** Which of the policy's groups they are a member of. */
  groups: Read<Set<string>>;
}

type Kind = 'passes' | 'methods' | 'roles' | 'groups';
type Raw = Record<string, unknown>;

const TAP_TYPE = 'temporaryAccessPassAuthenticationMethod';

/** Each kind of read with the least permission its API page names (see graph-permissions.ts). */
const permissionsOf: Record<Kind, readonly string[]> = {
  passes: graphPermissions.passes,
  methods: graphPermissions.methods,
  roles: graphPermissions.roles,
  groups: [...graphPermissions.users, ...graphPermissions.groupMembers],
};

const kindByPrefix: Record<string, Kind> = { p: 'passes', m: 'methods', r: 'roles', g: 'groups' };
const kindOf = (request: BatchGet): Kind => kindByPrefix[request.id[0]!]!;

const requestsFor = (userId: string, index: number, groupIds: readonly string[]): BatchGet[] => {
  const user = `/users/${encodeURIComponent(userId)}`;
  const principal = encodeURIComponent(`principalId eq '${userId.replace(/'/g, "''")}'`);
  const checks = Array.from({ length: Math.ceil(groupIds.length / GROUPS_PER_CHECK) }, (_, chunk) => ({
    id: `g${index}_${chunk}`,
    url: `${user}/checkMemberGroups`,
    method: 'POST' as const,
    body: { groupIds: groupIds.slice(chunk * GROUPS_PER_CHECK, (chunk + 1) * GROUPS_PER_CHECK) },
  }));
  return [
    { id: `p${index}`, url: `${user}/authentication/temporaryAccessPassMethods` },
    { id: `m${index}`, url: `${user}/authentication/methods` },
    // As GraphApi.directoryRoleIds reads them: active assignments only, not roles eligible through PIM.
    { id: `r${index}`, url: `/roleManagement/directory/roleAssignments?$filter=${principal}&$select=roleDefinitionId` },
    ...checks,
  ];
};

const valuesOf = (answer: BatchAnswer): Raw[] | null => {
  const value = (answer.body as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? (value as Raw[]) : null;
};

/** One request's answer as a fact; several (group checks over more than 20 groups) as one. */
const readOf = <T>(answers: (BatchAnswer | undefined)[], parse: (values: Raw[][]) => T): Read<T> => {
  if (answers.length === 0 || answers.includes(undefined)) return { kind: 'failed', error: noAnswer() };
  const given = answers as BatchAnswer[];
  const forbidden = given.find((answer) => answer.status === 403);
  if (forbidden) return { kind: 'forbidden', error: appErrorFromAnswer(forbidden) };
  const failed = given.find((answer) => answer.status !== 200 || valuesOf(answer) === null);
  if (failed) return { kind: 'failed', error: appErrorFromAnswer(failed) };
  return { kind: 'read', value: parse(given.map((answer) => valuesOf(answer)!)) };
};

const factsOf = (requests: readonly BatchGet[], kinds: ReadonlySet<Kind>, answers: ReadonlyMap<string, BatchAnswer>): PersonFacts => {
  const of = <T>(kind: Kind, parse: (values: Raw[][]) => T): Read<T> =>
    kinds.has(kind) ? readOf(requests.filter((request) => kindOf(request) === kind).map((request) => answers.get(request.id)), parse) : { kind: 'not_asked' };
  return {
    passes: of('passes', ([values = []]) => values.map(toPass)),
    methodIds: of('methods', ([values = []]) => values.map(describeMethod).filter((method) => method.type !== TAP_TYPE).map((method) => method.id)),
    roleIds: of('roles', ([values = []]) => values.map((assignment) => String(assignment.roleDefinitionId))),
    groups: of('groups', (lists) => new Set(lists.flat().map((id) => String(id).toLowerCase()))),
  };
};

/**
 * The optional reads, most wanted first: roles and group membership take permissions an admin may not have
 * granted (RoleManagement.Read.Directory, GroupMember.Read.All). A token with every permission of a batch is
 * asked for before it is sent, so a missing consent fails the whole batch; it is then sent without them.
 */
const plansFor = (checkGroups: boolean): ReadonlySet<Kind>[] => {
  const optional: Kind[][] = checkGroups ? [['roles', 'groups'], ['roles'], ['groups'], []] : [['roles'], []];
  return optional.map((kinds) => new Set<Kind>(['passes', 'methods', ...kinds]));
};

const consentMissing = (error: unknown) => toAppError(error).code === 'consent_required';

/**
 * Round two of a check: for each person, their pass, their methods, their directory roles and, when the policy
 * names groups, their membership of those groups, all through `$batch`. `onStep` hears how many people are
 * fully read so far.
 */
export const readPeople = async (
  api: GraphApi,
  userIds: readonly string[],
  groupIds: readonly string[],
  onStep: (peopleRead: number) => void,
  pace?: Pace,
): Promise<{ facts: Map<string, PersonFacts>; groupsAsked: boolean }> => {
  const perPerson = userIds.map((userId, index) => requestsFor(userId, index, groupIds));
  const plans = plansFor(groupIds.length > 0);
  let plan = 0;
  const send: SendBatch = async (step) => {
    for (;;) {
      const kinds = plans[plan]!;
      const wanted = step.filter((request) => kinds.has(kindOf(request)));
      try {
        return await api.batch(wanted, [...new Set([...kinds].flatMap((kind) => permissionsOf[kind]))]);
      } catch (error) {
        if (!consentMissing(error) || plan === plans.length - 1) throw error;
        plan += 1;
      }
    }
  };
  const isRead = (requests: readonly BatchGet[], answers: ReadonlyMap<string, BatchAnswer>) =>
    requests.every((request) => !plans[plan]!.has(kindOf(request)) || answers.has(request.id));
  const answers = await sendInSteps(send, perPerson.flat(), (sofar) => onStep(perPerson.filter((requests) => isRead(requests, sofar)).length), pace);
  const kinds = plans[plan]!;
  return {
    facts: new Map(userIds.map((userId, index) => [userId, factsOf(perPerson[index]!, kinds, answers)])),
    groupsAsked: kinds.has('groups'),
  };
};
