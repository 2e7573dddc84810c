import type { SigningKeys } from '../authority/signing-keys.js';
import type { EmulatorEnvironment } from '../environment.js';
import { pathSegments, Router } from '../http/router.js';
import type { Dispatch, EmulatorResponse } from '../http/types.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { newGuid } from '../state/ids.js';
import { throttledHeaders } from '../throttling/identity-throttle.js';
import { agsDiagnosticHeader } from './ags-diagnostic.js';
import { addAuditRoutes } from './audit-routes.js';
import { addBatchRoute } from './batch-route.js';
import { createBearerCheck } from './bearer.js';
import type { GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';
import { addMailRoutes } from './mail-routes.js';
import { addMemberGroupsRoutes } from './member-groups-route.js';
import { addMembershipRoutes } from './membership-routes.js';
import { addMethodRoutes } from './method-routes.js';
import { addPolicyRoutes } from './policy-routes.js';
import { addRoleRoutes } from './role-routes.js';
import { addUserRoutes } from './user-routes.js';

/** Microsoft Graph v1.0: bearer check, routing, and the request-id and diagnostic headers every answer carries. */
export const createGraphApi = (env: EmulatorEnvironment, state: EmulatorState, keys: SigningKeys): Dispatch => {
  const router = new Router<GraphContext>();
  const checkBearer = createBearerCheck(env, state, keys);

  const dispatch: Dispatch = async (request) => {
    const requestId = newGuid();
    const clientRequestId = request.headers['client-request-id'] ?? requestId;
    const scope = { requestId, clientRequestId, state };
    const withIds = (response: EmulatorResponse): EmulatorResponse => ({
      ...response,
      headers: { ...response.headers, 'request-id': requestId, 'client-request-id': clientRequestId, ...agsDiagnosticHeader() },
    });

    const bearer = await checkBearer(request.headers['authorization']);
    if (bearer.kind === 'failed') {
      return withIds(
        fail(scope, problems.unauthenticated(bearer.message), {
          'www-authenticate': `Bearer realm="", authorization_uri="${env.origin}/${env.tenantId}/oauth2/v2.0/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
        }),
      );
    }
    // Limits are per app and tenant, so only a request with a valid token is charged; each `$batch` part on its own.
    const throttle = state.throttle.charge(request.method, request.url, state.users.size, state.now());
    if (throttle.kind === 'throttled') return withIds(fail(scope, problems.throttled(), throttledHeaders(throttle, state.app.clientId, env.tenantId)));
    const context: GraphContext = { request, env, state, caller: bearer.caller, scopes: bearer.scopes, requestId, clientRequestId };
    const match = router.match(request.method, pathSegments(request.url.pathname).slice(1));
    if (match.kind === 'method-not-allowed') return withIds(fail(scope, problems.methodNotAllowed()));
    if (match.kind === 'not-found') return withIds(fail(scope, problems.segmentNotFound(match.unmatchedSegment)));
    const response = await match.handler(context, match.params);
    // "x-ms-resource-unit - Indicates the resource unit used for this request" (https://learn.microsoft.com/graph/throttling-limits).
    return withIds(throttle.kind === 'charged' ? { ...response, headers: { ...response.headers, 'x-ms-resource-unit': String(throttle.resourceUnits) } } : response);
  };

  addUserRoutes(router);
  addMethodRoutes(router);
  addPolicyRoutes(router);
  addRoleRoutes(router);
  addMembershipRoutes(router);
  addMemberGroupsRoutes(router);
  addMailRoutes(router);
  addAuditRoutes(router);
  addBatchRoute(router, dispatch);
  return dispatch;
};
