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

/** https://learn.microsoft.com/graph/api/authentication-list-methods#permissions */
const scopesFor = (access: Access, self: boolean): string[] => {
  const write = ['UserAuthenticationMethod.ReadWrite.All', ...(self ? ['UserAuthenticationMethod.ReadWrite'] : [])];
  if (access !== 'read') return write;
  return [...write, 'UserAuthenticationMethod.Read.All', ...(self ? ['UserAuthenticationMethod.Read'] : [])];
};

type Authorized = { kind: 'ok'; record: UserRecord } | { kind: 'failed'; response: EmulatorResponse };

/**
 * Delegated calls need the scope AND a role that covers the target: nobody creates a pass for themselves,
 * Authentication Administrators only for users without other admin roles
 * (https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass#create-a-temporary-access-pass).
 */
const authorize = (context: GraphContext, id: string | undefined, access: Access): Authorized => {
  const record = id === undefined ? context.caller : context.state.findUser(id);
  const self = record?.user.id === context.caller.user.id;
  const denied = (): Authorized => ({ kind: 'failed', response: fail(context, problems.forbidden('authenticationMethods')) });
  if (!hasAnyScope(context, ...scopesFor(access, self))) return denied();
  if (!record) return { kind: 'failed', response: fail(context, problems.resourceNotFound(id ?? '')) };
  if (self) return access === 'create' ? denied() : { kind: 'ok', record };
  const allowed = access === 'read' ? canReadMethodsOf(context.caller.roleIds, record.roleIds) : canManageMethodsOf(context.caller.roleIds, record.roleIds);
  return allowed ? { kind: 'ok', record } : denied();
};

const collectionContext = (context: GraphContext, record: UserRecord, collection: string): string =>
  `${context.env.graphBaseUrl}/$metadata#users('${record.user.id}')/authentication/${collection}`;

const listMethods = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const authorized = authorize(context, id, 'read');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  return json(200, { '@odata.context': collectionContext(context, record, 'methods'), value: methodsOf(context.state, record) });
};

const listPasses = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const authorized = authorize(context, id, 'read');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  return json(200, {
    '@odata.context': collectionContext(context, record, 'temporaryAccessPassMethods'),
    value: record.tap ? [tapView(context.state, record, record.tap)] : [],
  });
};

const getPass = (context: GraphContext, id: string | undefined, methodId: string): EmulatorResponse => {
  const authorized = authorize(context, id, 'read');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  if (record.tap?.id !== methodId.toLowerCase()) return fail(context, problems.resourceNotFound(methodId));
  return json(200, { '@odata.context': `${collectionContext(context, record, 'temporaryAccessPassMethods')}/$entity`, ...tapView(context.state, record, record.tap) });
};

const createPass = (context: GraphContext, id: string | undefined): EmulatorResponse => {
  const authorized = authorize(context, id, 'create');
  if (authorized.kind === 'failed') return authorized.response;
  const body = parseJsonObject(context.request.body);
  if (!body) return fail(context, problems.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'));
  const created = createTap(context.state, authorized.record, body);
  if (created.kind === 'rejected') return fail(context, created.problem);
  return json(201, {
    '@odata.context': `${collectionContext(context, authorized.record, 'temporaryAccessPassMethods')}/$entity`,
    ...tapView(context.state, authorized.record, created.tap, created.pass),
  });
};

const deletePass = (context: GraphContext, id: string | undefined, methodId: string): EmulatorResponse => {
  const authorized = authorize(context, id, 'delete');
  if (authorized.kind === 'failed') return authorized.response;
  const { record } = authorized;
  if (record.tap?.id !== methodId.toLowerCase()) return fail(context, problems.resourceNotFound(methodId));
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
