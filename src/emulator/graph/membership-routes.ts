import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import { roleTextsOf } from '../roles/directory-roles.js';
import { stableGuid } from '../state/ids.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';

/**
 * GET /me/transitiveMemberOf, cast to directoryRole (https://learn.microsoft.com/graph/api/user-list-transitivememberof).
 * The emulator has no role-assignable groups, so the caller's transitive roles are their own.
 *
 * Permissions for the signed-in user's memberships, delegated: User.Read, then the higher ones the page lists.
 */
const ownMembershipScopes = ['User.Read', 'User.Read.All', 'GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];

/**
 * Reading a directoryRole object (https://learn.microsoft.com/graph/api/directoryrole-list#permissions). Without one
 * of these, a role in a membership list comes back with its type and id only, every other property null ("Limited
 * information returned for inaccessible member objects", https://learn.microsoft.com/graph/permissions-overview).
 */
const directoryRoleReadScopes = ['RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'Directory.ReadWrite.All'];

const directoryRoleProperties = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'] as const;
type DirectoryRoleProperty = (typeof directoryRoleProperties)[number];

/** A directoryRole's object id is the tenant's own, not the template id. */
const directoryRole = (context: GraphContext, templateId: string): Record<DirectoryRoleProperty, string | null> => ({
  id: stableGuid(`directoryRole:${context.env.tenantId}:${templateId}`),
  deletedDateTime: null,
  ...roleTextsOf(templateId),
  roleTemplateId: templateId,
});

const limited = (role: Record<DirectoryRoleProperty, string | null>): Record<DirectoryRoleProperty, string | null> =>
  Object.fromEntries(directoryRoleProperties.map((property) => [property, property === 'id' ? role.id : null])) as Record<DirectoryRoleProperty, string | null>;

const listOwnDirectoryRoles = (context: GraphContext): EmulatorResponse => {
  if (!hasAnyScope(context, ...ownMembershipScopes)) return fail(context, problems.forbidden('directory'));
  const params = context.request.url.searchParams;
  // An OData cast on a transitive membership list is an advanced query (https://learn.microsoft.com/graph/aad-advanced-queries).
  const eventual = context.request.headers['consistencylevel']?.toLowerCase() === 'eventual';
  if (!eventual || params.get('$count')?.toLowerCase() !== 'true') {
    return fail(
      context,
      problems.unsupportedQuery(
        'OData cast is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information',
      ),
    );
  }
  const select = (params.get('$select') ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = select.find((name) => !directoryRoleProperties.some((property) => property.toLowerCase() === name.toLowerCase()));
  if (unknown !== undefined) return fail(context, problems.badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.directoryRole'.`));
  const chosen = select.length === 0 ? directoryRoleProperties : directoryRoleProperties.filter((property) => select.some((name) => name.toLowerCase() === property.toLowerCase()));
  const readable = hasAnyScope(context, ...directoryRoleReadScopes);
  const roles = context.caller.roleIds.map((templateId) => {
    const role = directoryRole(context, templateId);
    const shown = readable ? role : limited(role);
    return { '@odata.type': '#microsoft.graph.directoryRole', ...Object.fromEntries(chosen.map((property) => [property, shown[property]])) };
  });
  return json(200, {
    '@odata.context': `${context.env.graphBaseUrl}/$metadata#directoryRoles${select.length === 0 ? '' : `(${chosen.join(',')})`}`,
    '@odata.count': roles.length,
    value: roles,
  });
};

export const addMembershipRoutes = (router: Router<GraphContext>): void => {
  router.add('GET', '/me/transitiveMemberOf/microsoft.graph.directoryRole', listOwnDirectoryRoles);
};
