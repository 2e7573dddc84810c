import { demoTenant } from '../fixture/demo-tenant.js';
import { bytes, json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import type { UserRecord } from '../state/model.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';
import { countUsers, listUsers } from './user-list.js';
import { parseSelect, projectUser } from './user-view.js';

const directoryReadScopes = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];

type Lookup = { kind: 'ok'; record: UserRecord } | { kind: 'failed'; response: EmulatorResponse };

/** `/me` or `/users/{id|upn}`; reading yourself needs only User.Read, anyone else a directory-wide scope. */
const lookUpUser = (context: GraphContext, id: string | undefined): Lookup => {
  const record = id === undefined ? context.caller : context.state.findUser(id);
  const self = record?.user.id === context.caller.user.id;
  if (!hasAnyScope(context, ...directoryReadScopes) && !(self && hasAnyScope(context, 'User.Read', 'User.ReadWrite'))) {
    return { kind: 'failed', response: fail(context, problems.forbidden('directory')) };
  }
  if (!record) return { kind: 'failed', response: fail(context, problems.resourceNotFound(id ?? '')) };
  return { kind: 'ok', record };
};

const getUser = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const found = lookUpUser(context, id);
  if (found.kind === 'failed') return found.response;
  const select = parseSelect(context.request.url.searchParams.get('$select'));
  if (select.kind === 'unknown') return fail(context, problems.unknownProperty(select.name));
  return json(200, { '@odata.context': `${context.env.graphBaseUrl}/$metadata#users/$entity`, ...projectUser(found.record.user, select.properties) });
};

/**
 * The manager as a directoryObject (https://learn.microsoft.com/graph/api/user-list-manager). Reading a
 * manager takes more than reading a profile: "To read or write direct reports (directReports) or the manager
 * (manager) of a work or school account, the app must have either User.Read.All (read only) or
 * User.ReadWrite.All" (https://learn.microsoft.com/graph/permissions-reference#user-permissions); the
 * list-manager page adds the Directory.* permissions. User.Read and User.ReadBasic.All are not enough, even for /me.
 */
const managerReadScopes = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];

const getManager = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const found = lookUpUser(context, id);
  if (found.kind === 'failed') return found.response;
  if (!hasAnyScope(context, ...managerReadScopes)) return fail(context, problems.forbidden('directory'));
  const select = parseSelect(context.request.url.searchParams.get('$select'));
  if (select.kind === 'unknown') return fail(context, problems.unknownProperty(select.name));
  const { managerId } = found.record;
  const manager = managerId === null ? undefined : context.state.users.get(managerId);
  // Graph answers a missing navigation target with 404, not null (microsoftgraph/aspnet-snippets-sample#6, "by design").
  if (!manager) return fail(context, problems.resourceNotFound('manager'));
  return json(200, {
    '@odata.context': `${context.env.graphBaseUrl}/$metadata#directoryObjects/$entity`,
    '@odata.type': '#microsoft.graph.user',
    ...projectUser(manager.user, select.properties),
  });
};

const getPhoto = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const found = lookUpUser(context, id);
  if (found.kind === 'failed') return found.response;
  return found.record.photo ? bytes(200, found.record.photo, 'image/png') : fail(context, problems.imageNotFound());
};

const getOrganization = (context: GraphContext): EmulatorResponse => {
  if (!hasAnyScope(context, 'User.Read', 'Organization.Read.All', 'Directory.Read.All', ...directoryReadScopes)) {
    return fail(context, problems.forbidden('directory'));
  }
  return json(200, {
    '@odata.context': `${context.env.graphBaseUrl}/$metadata#organization`,
    value: [
      {
        id: context.env.tenantId,
        displayName: demoTenant.displayName,
        countryLetterCode: demoTenant.countryLetterCode,
        preferredLanguage: 'en',
        tenantType: 'AAD',
        verifiedDomains: [{ name: context.env.tenantDomain, type: 'Managed', isDefault: true, isInitial: true, capabilities: 'Email, OfficeCommunicationsOnlineServices' }],
      },
    ],
  });
};

export const addUserRoutes = (router: Router<GraphContext>): void => {
  router
    .add('GET', '/me', (context) => getUser(context, undefined))
    .add('GET', '/users', (context) => {
      if (!hasAnyScope(context, ...directoryReadScopes)) return fail(context, problems.forbidden('directory'));
      return listUsers(context);
    })
    // Before /users/:id, which would otherwise take `$count` for a user id.
    .add('GET', '/users/$count', (context) => {
      if (!hasAnyScope(context, ...directoryReadScopes)) return fail(context, problems.forbidden('directory'));
      return countUsers(context);
    })
    .add('GET', '/users/:id', (context, { id }) => getUser(context, id))
    .add('GET', '/me/manager', (context) => getManager(context, undefined))
    .add('GET', '/users/:id/manager', (context, { id }) => getManager(context, id))
    .add('GET', '/me/photo/$value', (context) => getPhoto(context, undefined))
    .add('GET', '/users/:id/photo/$value', (context, { id }) => getPhoto(context, id))
    .add('GET', '/organization', getOrganization);
};
