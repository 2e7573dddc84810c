import { json, parseJsonObject } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';

/** "Up to 20 groups may be specified" (https://learn.microsoft.com/graph/api/directoryobject-checkmembergroups). */
const maxGroupIds = 20;

/**
 * Delegated permissions for "Group memberships for a user", from least to most privileged: User.ReadBasic.All or
 * User.Read.All together with GroupMember.Read.All or Group.Read.All, or Directory.Read.All alone
 * (https://learn.microsoft.com/graph/api/directoryobject-checkmembergroups#permissions). The page's scenario note
 * lets the signed-in user check their own memberships with User.Read in the place of a `.All` user permission.
 */
const mayCheck = (context: GraphContext, self: boolean): boolean => {
  if (hasAnyScope(context, 'Directory.Read.All')) return true;
  const users = hasAnyScope(context, 'User.ReadBasic.All', 'User.Read.All') || (self && hasAnyScope(context, 'User.Read'));
  return users && hasAnyScope(context, 'GroupMember.Read.All', 'Group.Read.All');
};

/** The page documents no error for a body it cannot use; the emulator answers it as OData answers a bad parameter. */
const readGroupIds = (context: GraphContext): string[] | undefined => {
  const groupIds = parseJsonObject(context.request.body)?.['groupIds'];
  if (!Array.isArray(groupIds) || groupIds.length > maxGroupIds || groupIds.some((id) => typeof id !== 'string')) return undefined;
  return groupIds as string[];
};

/**
 * POST /users/{id}/checkMemberGroups: which of the given groups the user is a member of, as the ids were given. The
 * function is transitive; the emulator's groups hold no groups, so a user's transitive memberships are their own.
 */
const checkMemberGroups = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const record = id === undefined ? context.caller : context.state.findUser(id);
  if (!mayCheck(context, record?.user.id === context.caller.user.id)) return fail(context, problems.forbidden('directory'));
  if (!record) return fail(context, problems.resourceNotFound(id ?? ''));
  const groupIds = readGroupIds(context);
  if (!groupIds) return fail(context, problems.badRequest(`groupIds must be a collection of at most ${maxGroupIds} group ids.`));
  return json(200, {
    '@odata.context': `${context.env.graphBaseUrl}/$metadata#Collection(Edm.String)`,
    value: groupIds.filter((groupId) => record.groupIds.includes(groupId.toLowerCase())),
  });
};

export const addMemberGroupsRoutes = (router: Router<GraphContext>): void => {
  router
    .add('POST', '/me/checkMemberGroups', (context) => checkMemberGroups(context, undefined))
    .add('POST', '/users/:id/checkMemberGroups', (context, { id }) => checkMemberGroups(context, id));
};
