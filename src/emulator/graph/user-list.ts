import { json } from '../http/responses.js';
import type { EmulatorResponse } from '../http/types.js';
import type { GraphUser } from '../state/model.js';
import type { GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';
import { parseUserFilter } from './user-filter.js';
import { parseOrderBy } from './user-order.js';
import { parseSearch } from './user-search.js';
import { parseSelect, projectUser } from './user-view.js';

const defaultPageSize = 100;
const maxPageSize = 999;

const encodeSkipToken = (offset: number): string => Buffer.from(`RFNwdAIA:${offset}`).toString('base64url');

const decodeSkipToken = (token: string): number | null => {
  const match = /^RFNwdAIA:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match?.[1] === undefined ? null : Number(match[1]);
};

/** The next page repeats every query option except the old skip token, as Graph's own links do. */
const nextLink = (context: GraphContext, offset: number): string => {
  const kept = [...context.request.url.searchParams.entries()].filter(([name]) => name.toLowerCase() !== '$skiptoken');
  kept.push(['$skiptoken', encodeSkipToken(offset)]);
  return `${context.env.graphBaseUrl}/users?${kept.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
};

const byDisplayName = (left: GraphUser, right: GraphUser): number => left.displayName.localeCompare(right.displayName, 'en');

type Selection = { kind: 'ok'; users: GraphUser[] } | { kind: 'failed'; response: EmulatorResponse };

/**
 * The users a query selects, in order, after `$search`, `$filter` and `$orderby`. Advanced query parameters
 * (https://learn.microsoft.com/graph/aad-advanced-queries) are `ConsistencyLevel: eventual` plus `$count`, which is
 * the `$count=true` option on the list and the `/$count` segment itself when counting.
 */
const selectUsers = (context: GraphContext, countSegment: boolean): Selection => {
  const query = context.request.url.searchParams;
  const failed = (response: EmulatorResponse): Selection => ({ kind: 'failed', response });
  const eventual = context.request.headers['consistencylevel']?.toLowerCase() === 'eventual';
  const advanced = eventual && (countSegment || query.get('$count')?.toLowerCase() === 'true');

  const search = query.get('$search');
  if (search !== null && !eventual) return failed(fail(context, problems.searchNeedsConsistency()));
  const filter = query.get('$filter');
  const orderBy = query.get('$orderby');

  let users = [...context.state.users.values()].map((record) => record.user);
  if (search !== null) {
    const parsed = parseSearch(search);
    if (parsed.kind === 'invalid') return failed(fail(context, problems.unsupportedQuery(parsed.message)));
    users = users.filter(parsed.matches);
  }
  if (filter !== null) {
    const parsed = parseUserFilter(filter, advanced);
    if (parsed.kind === 'failed') return failed(fail(context, parsed.problem));
    users = users.filter(parsed.matches);
  }
  if (orderBy === null) return { kind: 'ok', users: users.sort(byDisplayName) };
  const order = parseOrderBy(orderBy);
  if (order.kind === 'failed') return failed(fail(context, order.problem));
  // "Using $filter and $orderby together is supported only with advanced queries."
  if ((filter !== null || order.needsAdvanced) && !advanced) return failed(fail(context, problems.sortingNotSupported()));
  return { kind: 'ok', users: users.sort((left, right) => order.compare(left, right) || byDisplayName(left, right)) };
};

/**
 * GET /users with $search, $filter, $orderby, $select, $top, $count and $skiptoken paging
 * (https://learn.microsoft.com/graph/api/user-list). Without `ConsistencyLevel: eventual`, `$count=true` is
 * silently ignored: "silently ignores the `$count` query parameter (`?$count=true`) if it's used"
 * (https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects).
 * Paging (https://learn.microsoft.com/graph/paging): `@odata.nextLink` is the absolute URL of the next page, the
 * request's query options plus a `$skiptoken`; "the `@odata.count` property will be present only in the first page",
 * and headers such as ConsistencyLevel are not carried over, so a `$search` link needs the header sent again.
 */
export const listUsers = (context: GraphContext): EmulatorResponse => {
  const query = context.request.url.searchParams;
  const eventual = context.request.headers['consistencylevel']?.toLowerCase() === 'eventual';
  const count = eventual && query.get('$count')?.toLowerCase() === 'true';

  const topRaw = query.get('$top');
  const top = topRaw === null ? defaultPageSize : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > maxPageSize) {
    return fail(context, problems.directoryBadRequest(`Invalid page size specified: '${topRaw}'. Must be between 1 and ${maxPageSize} inclusive.`));
  }
  const select = parseSelect(query.get('$select'));
  if (select.kind === 'unknown') return fail(context, problems.unknownProperty(select.name));
  const skipToken = query.get('$skiptoken');
  const offset = skipToken === null ? 0 : decodeSkipToken(skipToken);
  if (offset === null) return fail(context, problems.directoryBadRequest('Invalid skip token.'));

  const selection = selectUsers(context, false);
  if (selection.kind === 'failed') return selection.response;
  const { users } = selection;
  const page = users.slice(offset, offset + top);
  return json(200, {
    '@odata.context': `${context.env.graphBaseUrl}/$metadata#users${query.has('$select') ? `(${select.properties.join(',')})` : ''}`,
    ...(count && skipToken === null ? { '@odata.count': users.length } : {}),
    value: page.map((user) => projectUser(user, select.properties)),
    ...(offset + top < users.length ? { '@odata.nextLink': nextLink(context, offset + top) } : {}),
  });
};

/**
 * GET /users/$count: the number as plain text, and only as an advanced query; without `ConsistencyLevel: eventual`
 * it is 400 Request_BadRequest "$count is not currently supported." (https://learn.microsoft.com/graph/aad-advanced-queries).
 */
export const countUsers = (context: GraphContext): EmulatorResponse => {
  if (context.request.headers['consistencylevel']?.toLowerCase() !== 'eventual') return fail(context, problems.countNeedsConsistency());
  const selection = selectUsers(context, true);
  if (selection.kind === 'failed') return selection.response;
  return { status: 200, headers: { 'content-type': 'text/plain' }, body: String(selection.users.length) };
};
