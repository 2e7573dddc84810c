import type { JournalRecord, TenantPassEvent } from '../../shared';
import type { GraphApi } from '../graph/graph-api';
import { graphPermissions } from '../graph/graph-permissions';

/**
 * How far apart the desk's clock and Entra's log may put one act. The audit event is written when the service
 * carried the act out, the desk entry when the answer came back: seconds apart, minutes on a bad network.
 */
const SAME_ACT_WINDOW_MS = 10 * 60_000;
/** People looked up for the privileged marker in one view (ten batches); beyond that the marker says "unknown". */
const MAX_ROLE_LOOKUPS = 200;

/** The desk's own issues and revocations, as pass events. */
export const deskPassEvents = (records: readonly JournalRecord[]): TenantPassEvent[] =>
  records
    .filter((record) => record.action === 'issued' || record.action === 'replaced' || record.action === 'revoked')
    .map((record) => ({
      key: `desk:${record.seq}`,
      at: record.at,
      kind: record.action === 'revoked' ? 'deleted' : 'issued',
      person: record.person,
      initiatedBy: { id: record.technician.id, userPrincipalName: record.technician.userPrincipalName, displayName: null, app: null },
      sources: ['desk'],
      privileged: null,
      desk: record,
    }));

const sameAct = (desk: TenantPassEvent, entra: TenantPassEvent) =>
  desk.kind === entra.kind &&
  desk.person.id.toLowerCase() === entra.person.id.toLowerCase() &&
  desk.initiatedBy.id?.toLowerCase() === entra.initiatedBy.id?.toLowerCase() &&
  Math.abs(Date.parse(desk.at) - Date.parse(entra.at)) <= SAME_ACT_WINDOW_MS;

/**
 * One row per act: an audit event and the desk entry for the same act (same kind, person and technician, close
 * in time; the closest wins) become one row with both sources and Entra's names; the rest stand alone.
 * Newest first.
 */
export const mergePassEvents = (desk: readonly TenantPassEvent[], entra: readonly TenantPassEvent[]): TenantPassEvent[] => {
  const unmatched = new Set(desk);
  const merged = entra.map((event) => {
    const match = [...unmatched]
      .filter((candidate) => sameAct(candidate, event))
      .sort((a, b) => Math.abs(Date.parse(a.at) - Date.parse(event.at)) - Math.abs(Date.parse(b.at) - Date.parse(event.at)))[0];
    if (!match) return event;
    unmatched.delete(match);
    return { ...event, sources: ['desk', 'entra'], desk: match.desk, person: { ...match.person, ...event.person } } satisfies TenantPassEvent;
  });
  return [...merged, ...unmatched].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
};

/** Whether any of the values contains what was typed (nothing typed matches all). */
export const matches = (values: readonly (string | null)[], needle: string | undefined) =>
  !needle || values.some((value) => value?.toLowerCase().includes(needle.toLowerCase()));

/** The rows whose person and technician (or app) contain what was typed. */
export const filterPassEvents = (events: readonly TenantPassEvent[], filters: { person?: string | undefined; technician?: string | undefined }) =>
  events.filter(
    (event) =>
      matches([event.person.displayName, event.person.userPrincipalName], filters.person) &&
      matches([event.initiatedBy.displayName, event.initiatedBy.userPrincipalName, event.initiatedBy.app], filters.technician),
  );

/**
 * Marks people who hold any directory role: a pass for them is a way into an admin account, which security
 * teams want to see. One role-assignment read per person, batched
 * (https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments); unknown (null) when the role
 * may not read assignments or the read failed. Active assignments only: a role a person may activate through
 * Privileged Identity Management is not seen, so "false" means no active role, and the screen marks only "true".
 */
export const markPrivileged = async (api: GraphApi, events: readonly TenantPassEvent[]): Promise<TenantPassEvent[]> => {
  const people = [...new Set(events.map((event) => event.person.id))].slice(0, MAX_ROLE_LOOKUPS);
  if (people.length === 0) return [...events];
  const answers = await api.batch(
    people.map((id, index) => ({
      id: String(index + 1),
      url: `/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${id.replace(/'/g, "''")}'`)}&$select=roleDefinitionId`,
    })),
    graphPermissions.roles,
  );
  const privileged = new Map<string, boolean>();
  people.forEach((id, index) => {
    const answer = answers.get(String(index + 1));
    const assignments = answer?.status === 200 ? (answer.body as { value?: unknown }).value : null;
    if (Array.isArray(assignments)) privileged.set(id, assignments.length > 0);
  });
  return events.map((event) => ({ ...event, privileged: privileged.get(event.person.id) ?? null }));
};
