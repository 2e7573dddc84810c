import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import { canReadAuditLogs } from '../roles/role-rules.js';
import type { DirectoryAudit } from '../state/model.js';
import { parseAuditFilter } from './audit-filter.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';

/**
 * The docs give no default or maximum page size for this list. Clients ask for `$top=999` and `$top=1000`
 * alike; the emulator pages by 1,000 and serves a larger `$top` in pages of 1,000 (server-driven paging).
 */
const pageSize = 1000;

/** An event's place in the log: when it happened, then the order it was written in. */
interface Place {
  at: number;
  index: number;
}

type Order = 'desc' | 'asc';

const compareDesc = (left: Place, right: Place): number => right.at - left.at || right.index - left.index;
const comparer = (order: Order) => (left: Place, right: Place) => (order === 'desc' ? compareDesc(left, right) : compareDesc(right, left));

/** Names the last event served, not a count: a page boundary stays put while new events arrive. */
const encodeSkipToken = (place: Place): string => Buffer.from(`${place.at}.${place.index}`).toString('base64url');

const decodeSkipToken = (token: string): Place | null => {
  const match = /^(\d+)\.(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? { at: Number(match[1]), index: Number(match[2]) } : null;
};

/** `$orderby` supports activityDateTime only (https://learn.microsoft.com/graph/api/resources/directoryaudit); OData's default direction is ascending. */
const parseOrder = (raw: string | null): Order | null => {
  if (raw === null) return 'desc';
  const match = /^\s*activityDateTime(?:\s+(asc|desc))?\s*$/i.exec(raw);
  return match ? ((match[1]?.toLowerCase() as Order | undefined) ?? 'asc') : null;
};

const auditProperties: ReadonlyArray<keyof DirectoryAudit> = [
  'id',
  'category',
  'correlationId',
  'result',
  'resultReason',
  'activityDisplayName',
  'activityDateTime',
  'loggedByService',
  'operationType',
  'initiatedBy',
  'targetResources',
  'additionalDetails',
];

const unknownProperty = (name: string) => problems.badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.directoryAudit'.`);

/** The next page repeats every query option except the old skip token, as Graph's own links do. */
const nextLink = (context: GraphContext, after: Place): string => {
  const kept = [...context.request.url.searchParams.entries()].filter(([name]) => name.toLowerCase() !== '$skiptoken');
  kept.push(['$skiptoken', encodeSkipToken(after)]);
  return `${context.env.graphBaseUrl}/auditLogs/directoryAudits?${kept.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
};

/**
 * GET /auditLogs/directoryAudits (https://learn.microsoft.com/graph/api/directoryaudit-list): newest first, with
 * `$filter`, `$orderby`, `$select`, `$top` and `$skiptoken`. Delegated callers need AuditLog.Read.All (observed:
 * Directory.Read.All alone is refused) and a role that may read the log.
 */
const listDirectoryAudits = (context: GraphContext): EmulatorResponse => {
  if (!hasAnyScope(context, 'AuditLog.Read.All')) return fail(context, problems.auditLogPermissionMissing());
  if (!canReadAuditLogs(context.caller.roleIds)) return fail(context, problems.unsupportedUserRole());

  const query = context.request.url.searchParams;
  const topRaw = query.get('$top');
  const top = topRaw === null ? pageSize : Number(topRaw);
  if (!Number.isInteger(top) || top < 0) {
    return fail(context, problems.badRequest(`Invalid value '${topRaw ?? ''}' for $top query option found. The $top query option requires a non-negative integer value.`));
  }
  const order = parseOrder(query.get('$orderby'));
  if (order === null) return fail(context, problems.badRequest('Invalid $orderby clause: only activityDateTime can be sorted on.'));
  const selected = (query.get('$select') ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const select = selected.map((name) => auditProperties.find((property) => property.toLowerCase() === name.toLowerCase()) ?? name);
  const unknown = select.find((name) => !auditProperties.includes(name as keyof DirectoryAudit));
  if (unknown !== undefined) return fail(context, unknownProperty(unknown));
  const skipToken = query.get('$skiptoken');
  const after = skipToken === null ? null : decodeSkipToken(skipToken);
  if (skipToken !== null && after === null) return fail(context, problems.badRequest('Invalid $skiptoken.'));
  const rawFilter = query.get('$filter');
  const filter = rawFilter === null ? null : parseAuditFilter(rawFilter);
  if (filter?.kind === 'failed') return fail(context, filter.problem);

  const compare = comparer(order);
  const matching = context.state.directoryAudits
    .map((audit, index) => ({ audit, at: Date.parse(audit.activityDateTime), index }))
    .filter(({ audit }) => filter?.matches(audit) ?? true)
    .sort(compare)
    .filter((place) => after === null || compare(place, after) > 0);
  const page = matching.slice(0, Math.min(top, pageSize));
  const last = page.at(-1);
  const view = (audit: DirectoryAudit) => (select.length === 0 ? audit : Object.fromEntries(select.map((name) => [name, audit[name as keyof DirectoryAudit]])));
  return json(200, {
    '@odata.context': `${context.env.graphBaseUrl}/$metadata#auditLogs/directoryAudits`,
    value: page.map(({ audit }) => view(audit)),
    ...(last !== undefined && matching.length > page.length ? { '@odata.nextLink': nextLink(context, last) } : {}),
  });
};

export const addAuditRoutes = (router: Router<GraphContext>): void => {
  router.add('GET', '/auditLogs/directoryAudits', listDirectoryAudits);
};
