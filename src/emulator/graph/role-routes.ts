import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';

/** Real assignment ids are opaque strings derived from role and principal; this keeps them stable per pair. */
const assignmentId = (roleDefinitionId: string, principalId: string): string =>
  `${Buffer.from(roleDefinitionId.replace(/-/g, ''), 'hex').toString('base64url')}-${principalId}-1`;

/**
 * https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments#permissions, directory provider,
 * delegated, from least to most privileged.
 */
const roleReadScopes = ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.ReadWrite.All'];

export const addRoleRoutes = (router: Router<GraphContext>): void => {
  router.add('GET', '/roleManagement/directory/roleAssignments', (context) => {
    if (!hasAnyScope(context, ...roleReadScopes)) {
      return fail(context, problems.forbidden('directory'));
    }
    const filter = context.request.url.searchParams.get('$filter');
    const principal = filter === null ? null : /^\s*principalId\s+eq\s+'([^']+)'\s*$/i.exec(filter)?.[1];
    if (principal === undefined) return fail(context, problems.unsupportedQuery(`Unsupported or invalid query filter clause specified for property of resource 'UnifiedRoleAssignment'.`));
    const records = [...context.state.users.values()].filter((record) => principal === null || record.user.id === principal.toLowerCase());
    return json(200, {
      '@odata.context': `${context.env.graphBaseUrl}/$metadata#roleManagement/directory/roleAssignments`,
      value: records.flatMap((record) =>
        record.roleIds.map((roleDefinitionId) => ({
          id: assignmentId(roleDefinitionId, record.user.id),
          principalId: record.user.id,
          roleDefinitionId,
          directoryScopeId: '/',
        })),
      ),
    });
  });
};
