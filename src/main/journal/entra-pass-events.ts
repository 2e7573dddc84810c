import type { TenantPassEvent } from '../../shared';
import type { GraphApi } from '../graph/graph-api';
import { ownPageUrl } from '../graph/own-page-url';

type Raw = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const obj = (value: unknown): Raw | null => (typeof value === 'object' && value !== null ? (value as Raw) : null);

/** Graph's page size for directory audits; larger pages mean fewer round trips for a month of a busy tenant. */
const PAGE_SIZE = 500;
/** Pages read for one view before it says "narrow the range" instead. */
const MAX_PAGES = 10;

/**
 * The Authentication Methods service logs a pass an admin issued as "Admin registered security info" with the
 * result reason "Admin registered temporary access pass method for user", and its deletion likewise
 * ("Admin deleted security info" / "Admin deleted temporary access pass method for user"), category
 * UserManagement (https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass,
 * https://learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities). The service is the
 * only filter Graph offers that narrows to these events; the result reason picks the pass among the methods. An
 * attempt that failed or timed out (`result`, https://learn.microsoft.com/graph/api/resources/directoryaudit) left
 * no pass and is not listed.
 */
const isPassEvent = (event: Raw) => /temporary access pass/i.test(String(event.resultReason ?? '')) && (event.result ?? 'success') === 'success';
const isDeletion = (event: Raw) => /deleted/i.test(`${String(event.activityDisplayName ?? '')} ${String(event.resultReason ?? '')}`);

/** The first target that is a user: the person whose pass it is. */
const personOf = (event: Raw): TenantPassEvent['person'] | null => {
  const targets = Array.isArray(event.targetResources) ? (event.targetResources as unknown[]).map(obj) : [];
  const target = targets.find((resource) => resource && String(resource.type ?? '').toLowerCase() === 'user') ?? targets[0];
  const id = str(target?.id);
  if (!target || !id) return null;
  const userPrincipalName = str(target.userPrincipalName) ?? '';
  return { id, userPrincipalName, displayName: str(target.displayName) ?? userPrincipalName };
};

/** A person, or an app when automation did it (`initiatedBy.app`); parts the log leaves empty are null. */
const initiatorOf = (event: Raw): TenantPassEvent['initiatedBy'] => {
  const initiatedBy = obj(event.initiatedBy);
  const user = obj(initiatedBy?.user);
  const app = obj(initiatedBy?.app);
  return {
    id: str(user?.id),
    userPrincipalName: str(user?.userPrincipalName),
    displayName: str(user?.displayName),
    app: user && str(user.id) ? null : (str(app?.displayName) ?? str(app?.servicePrincipalName) ?? str(app?.appId)),
  };
};

export const toPassEvent = (event: Raw): TenantPassEvent | null => {
  const person = personOf(event);
  const at = str(event.activityDateTime);
  if (!isPassEvent(event) || !person || !at || Number.isNaN(Date.parse(at))) return null;
  return {
    key: `entra:${String(event.id)}`,
    at: new Date(at).toISOString(),
    kind: isDeletion(event) ? 'deleted' : 'issued',
    person,
    initiatedBy: initiatorOf(event),
    sources: ['entra'],
    privileged: null,
    desk: null,
  };
};

const odataDate = (date: Date) => date.toISOString();

/**
 * The tenant's pass events in [from, to], newest first as Graph lists them
 * (https://learn.microsoft.com/graph/api/directoryaudit-list: `$filter` on loggedByService and activityDateTime,
 * `$top`, paging by `@odata.nextLink`). `truncated` when more pages were left than one view reads.
 */
export const entraPassEvents = async (api: GraphApi, from: Date, to: Date): Promise<{ events: TenantPassEvent[]; truncated: boolean }> => {
  const filter = `loggedByService eq 'Authentication Methods' and activityDateTime ge ${odataDate(from)} and activityDateTime le ${odataDate(to)}`;
  const events: TenantPassEvent[] = [];
  let page = await api.directoryAudits({ filter, top: PAGE_SIZE });
  for (let read = 1; ; read += 1) {
    events.push(...page.events.map(toPassEvent).filter((event): event is TenantPassEvent => event !== null));
    // A link to anywhere but this cloud's audit log is not followed with the account's token.
    const next = page.nextLink ? ownPageUrl(page.nextLink, api.graphHost, '/v1.0/auditLogs/directoryAudits') : null;
    if (!next) return { events, truncated: false };
    if (read >= MAX_PAGES) return { events, truncated: true };
    page = await api.directoryAudits({ nextLink: next });
  }
};
