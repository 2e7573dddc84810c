import { json } from '../http/responses.js';
import type { Router } from '../http/router.js';
import { canReadAuthenticationMethodPolicy } from '../roles/role-rules.js';
import { hasAnyScope } from './graph-context.js';
import type { GraphContext } from './graph-context.js';
import { fail, problems } from './graph-error.js';

/**
 * https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethodconfiguration-get#permissions:
 * delegated least privileged Policy.Read.AuthenticationMethod, higher Policy.ReadWrite.AuthenticationMethod.
 * Policy.Read.All, which an earlier revision of the page listed, is no longer in the table.
 */
const policyReadScopes = ['Policy.Read.AuthenticationMethod', 'Policy.ReadWrite.AuthenticationMethod'];

export const addPolicyRoutes = (router: Router<GraphContext>): void => {
  router.add('GET', '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/:methodId', (context, { methodId = '' }) => {
    if (!hasAnyScope(context, ...policyReadScopes)) return fail(context, problems.forbidden('authenticationMethods'));
    if (!canReadAuthenticationMethodPolicy(context.caller.roleIds)) return fail(context, problems.forbidden('authenticationMethods'));
    if (methodId.toLowerCase() !== 'temporaryaccesspass') return fail(context, problems.resourceNotFound(methodId));
    const { policy } = context.state;
    return json(200, {
      '@odata.context': `${context.env.graphBaseUrl}/$metadata#policies/authenticationMethodsPolicy/authenticationMethodConfigurations/$entity`,
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
      id: 'TemporaryAccessPass',
      state: policy.state,
      defaultLifetimeInMinutes: policy.defaultLifetimeInMinutes,
      defaultLength: policy.defaultLength,
      minimumLifetimeInMinutes: policy.minimumLifetimeInMinutes,
      maximumLifetimeInMinutes: policy.maximumLifetimeInMinutes,
      isUsableOnce: policy.isUsableOnce,
      includeTargets: policy.includeTargets,
      excludeTargets: policy.excludeTargets,
    });
  });
};
