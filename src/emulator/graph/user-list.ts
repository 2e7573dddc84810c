import { json } from '../http/responses.js';
import type { EmulatorResponse } from '../http/types.js';
import type { GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';
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

/** GET /users with $search, $select, $top, $count and $skiptoken paging (https://learn.microsoft.com/graph/api/user-list). */
export const listUsers = (context: GraphContext): EmulatorResponse => {
  const query = context.request.url.searchParams;
  const eventual = context.request.headers['consistencylevel']?.toLowerCase() === 'eventual';
  if (query.has('$filter')) return fail(context, problems.unsupportedQuery('Only $search is supported on /users in this tenant emulator.'));
  const search = query.get('$search');
  if (search !== null && !eventual) return fail(context, problems.searchNeedsConsistency());
  const count = query.get('$count')?.toLowerCase() === 'true';
  if (count && !eventual) return fail(context, problems.countNeedsConsistency());

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

  let users = [...context.state.users.values()].map((record) => record.user);
  if (search !== null) {
    const parsed = parseSearch(search);
    if (parsed.kind === 'invalid') return fail(context, problems.unsupportedQuery(parsed.message));
    users = users.filter(parsed.matches);
  }
  users.sort((left, right) => left.displayName.localeCompare(right.displayName, 'en'));
  const page = users.slice(offset, offset + top);
  return json(200, {
    '@odata.context': `${context.env.graphBaseUrl}/$metadata#users${query.has('$select') ? `(${select.properties.join(',')})` : ''}`,
    ...(count ? { '@odata.count': users.length } : {}),
    value: page.map((user) => projectUser(user, select.properties)),
    ...(offset + top < users.length ? { '@odata.nextLink': nextLink(context, offset + top) } : {}),
  });
};
