import type { EmulatorEnvironment } from '../environment.js';
import { pathSegments, Router } from '../http/router.js';
import type { Dispatch } from '../http/types.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { AuthorityContext } from './authority-context.js';
import { addAuthorizeRoutes } from './authorize-routes.js';
import { addDiscoveryRoutes } from './discovery-routes.js';
import type { SigningKeys } from './signing-keys.js';
import type { TokenIssuer } from './token-issuer.js';
import { addTokenRoute } from './token-route.js';

/** The Entra ID v2 endpoints MSAL talks to. */
export const createAuthorityApi = (env: EmulatorEnvironment, state: EmulatorState, keys: SigningKeys, issuer: TokenIssuer): Dispatch => {
  const router = new Router<AuthorityContext>();
  addDiscoveryRoutes(router);
  addAuthorizeRoutes(router);
  addTokenRoute(router);
  return async (request) => {
    const match = router.match(request.method, pathSegments(request.url.pathname));
    if (match.kind === 'found') return match.handler({ request, env, state, keys, issuer }, match.params);
    const status = match.kind === 'method-not-allowed' ? 405 : 404;
    return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: status === 405 ? 'Method not allowed' : 'Not found' };
  };
};
