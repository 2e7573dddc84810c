import { graphCaller, recordPassDeleted } from '../audit/security-info-events.js';
import { empty, json, parseJsonObject } from '../http/responses.js';
import type { Router } from '../http/router.js';
import type { EmulatorResponse } from '../http/types.js';
import { canManageMethodsOf, canReadMethodsOf } from '../roles/role-rules.js';
import type { UserRecord } from '../state/model.js';
import { hasAnyScope, type GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';
import { methodsOf, tapView } from './method-view.js';
import { createTap } from './tap-create.js';

type Access = 'read' | 'create' | 'delete';
type Operation = 'listMethods' | 'readPass' | 'createPass' | 'deletePass';

const accessOf: Record<Operation, Access> = { listMethods: 'read', readPass: 'read', createPass: 'create', deletePass: 'delete' };

/**
 * The delegated permissions each operation accepts: the least privileged one and every higher privileged one
 * its API page lists.
 */
const acceptedPermissions: Record<Operation, readonly string[]> = {
  // https://learn.microsoft.com/graph/api/authentication-list-methods#permissions: UserAuthenticationMethod.Read
  // (self) and .Read.All (others), higher .ReadWrite and .ReadWrite.All. The per-method permissions are not listed.
  listMethods: ['UserAuthenticationMethod.Read', 'UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite', 'UserAuthenticationMethod.ReadWrite.All'],
  // https://learn.microsoft.com/graph/api/authentication-list-temporaryaccesspassmethods#permissions and
  // https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethod-get#permissions (one table for both):
  // least privileged UserAuthMethod-TAP.Read; higher UserAuthMethod-TAP.Read.All, .ReadWrite, .ReadWrite.All and
  // UserAuthenticationMethod.Read, .Read.All, .ReadWrite, .ReadWrite.All.
  readPass: [
    'UserAuthMethod-TAP.Read',
    'UserAuthMethod-TAP.Read.All',
    'UserAuthMethod-TAP.ReadWrite',
    'UserAuthMethod-TAP.ReadWrite.All',
    'UserAuthenticationMethod.Read',
    'UserAuthenticationMethod.Read.All',
    'UserAuthenticationMethod.ReadWrite',
    'UserAuthenticationMethod.ReadWrite.All',
  ],
  // https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods#permissions: the page's
  // generated table repeats the list table, read permissions included, although those only "allow the app to
  // read" (permissions reference), and the page's earlier revision named UserAuthenticationMethod.ReadWrite.All
  // alone. So the emulator accepts the write permissions of that table: UserAuthMethod-TAP.ReadWrite(.All) and
  // UserAuthenticationMethod.ReadWrite(.All).
  createPass: ['UserAuthMethod-TAP.ReadWrite', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.ReadWrite', 'UserAuthenticationMethod.ReadWrite.All'],
  // https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethod-delete#permissions: least
  // privileged UserAuthenticationMethod.ReadWrite; higher UserAuthMethod-TAP.ReadWrite, UserAuthMethod-TAP.ReadWrite.All,
  // UserAuthenticationMethod.ReadWrite.All.
  deletePass: ['UserAuthenticationMethod.ReadWrite', 'UserAuthMethod-TAP.ReadWrite', 'UserAuthMethod-TAP.ReadWrite.All', 'UserAuthenticationMethod.ReadWrite.All'],
};

/**
 * A permission without `.All` reaches only the signed-in user's own methods ("the signed-in user's authentication
 * methods", https://learn.microsoft.com/graph/permissions-reference); acting on someone else takes an `.All` one.
 */
const scopesFor = (operation: Operation, self: boolean): string[] =>
  acceptedPermissions[operation].filter((permission) => self || permission.endsWith('.All'));

type Authorized = { kind: 'ok'; record: UserRecord } | { kind: 'failed'; response: EmulatorResponse };

/**
 * Delegated calls need the scope AND a role that covers the target: nobody creates a pass for themselves,
 * Authentication Administrators only for users without other admin roles
 * (https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass#create-a-temporary-access-pass).
 */
const authorize = (context: GraphContext, id: string | undefined, operation: Operation): Authorized => {
  const access = accessOf[operation];
  const record = id === undefined ? context.caller : context.state.findUser(id);
  const self = record?.user.id === context.caller.user.id;
  const denied = (): Authorized => ({ kind: 'failed', response: fail(context, problems.forbidden('authenticationMethods')) });
  if (!hasAnyScope(context, ...scopesFor(operation, self))) return denied();
  if (!record) return { kind: 'failed', response: fail(context, problems.resourceNotFound(id ?? '')) };
  if (self) return access === 'create' ? denied() : { kind: 'ok', record };
  const allowed = access === 'read' ? canReadMethodsOf(context.caller.roleIds, record.roleIds) : canManageMethodsOf(context.caller.roleIds, record.roleIds);
  return allowed ? { kind: 'ok', record } : denied();
};

const collectionContext = (context: GraphContext, record: UserRecord, collection: string): string =>
  `${context.env.graphBaseUrl}/$metadata#users('${record.user.id}')/authentication/${collection}`;

const listMethods = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const authorized = authorize(context, id, 'listMethods');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  return json(200, { '@odata.context': collectionContext(context, record, 'methods'), value: methodsOf(context.state, record) });
};

const listPasses = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const authorized = authorize(context, id, 'readPass');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  return json(200, {
    '@odata.context': collectionContext(context, record, 'temporaryAccessPassMethods'),
    value: record.tap ? [tapView(context.state, record, record.tap)] : [],
  });
};

const getPass = (context: GraphContext, id: string | undefined, methodId: string): EmulatorResponse => {
  const authorized = authorize(context, id, 'readPass');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  if (record.tap?.id !== methodId.toLowerCase()) return fail(context, problems.resourceNotFound(methodId));
  return json(200, { '@odata.context': `${collectionContext(context, record, 'temporaryAccessPassMethods')}/$entity`, ...tapView(context.state, record, record.tap) });
};

const createPass = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const authorized = authorize(context, id, 'createPass');
  if (authorized.kind === 'failed') return authorized.response;
  const body = parseJsonObject(context.request.body);
  if (!body) return fail(context, problems.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'));
  const created = createTap(context.state, authorized.record, body, graphCaller(context.caller));
  if (created.kind === 'rejected') return fail(context, created.problem);
  return json(201, {
    '@odata.context': `${collectionContext(context, authorized.record, 'temporaryAccessPassMethods')}/$entity`,
    ...tapView(context.state, authorized.record, created.tap, created.pass),
  });
};

const deletePass = (context: GraphContext, id: string | undefined, methodId: string): EmulatorResponse => {
  const authorized = authorize(context, id, 'deletePass');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  if (record.tap?.id !== methodId.toLowerCase()) return fail(context, problems.resourceNotFound(methodId));
  recordPassDeleted(context.state, record, record.tap, graphCaller(context.caller));
  record.tap = null;
  return empty(204);
};

export const addMethodRoutes = (router: Router<GraphContext>): void => {
  for (const [prefix, idOf] of [
    ['/me', () => undefined],
    ['/users/:id', (params: Record<string, string>) => params['id']],
  ] as const) {
    const base = `${prefix}/authentication`;
    router
      .add('GET', `${base}/methods`, (context, params) => listMethods(context, idOf(params)))
      .add('GET', `${base}/temporaryAccessPassMethods`, (context, params) => listPasses(context, idOf(params)))
      .add('POST', `${base}/temporaryAccessPassMethods`, (context, params) => createPass(context, idOf(params)))
      .add('GET', `${base}/temporaryAccessPassMethods/:methodId`, (context, params) => getPass(context, idOf(params), params['methodId'] ?? ''))
      .add('DELETE', `${base}/temporaryAccessPassMethods/:methodId`, (context, params) => deletePass(context, idOf(params), params['methodId'] ?? ''));
  }
};
