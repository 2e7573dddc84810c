import { isKnownTenantSegment, issuerOf } from '../environment.js';
import { html, json } from '../http/responses.js';
import type { EmulatorResponse } from '../http/types.js';
import type { Router } from '../http/router.js';
import type { AuthorityContext } from './authority-context.js';
import { aad, tokenError } from './oauth-error.js';

const unknownTenant = (context: AuthorityContext, tenant: string): EmulatorResponse =>
  tokenError(aad.unknownTenant(tenant), 400, context.request.headers['client-request-id'], context.state.now());

/** Shaped like https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration */
const openIdConfiguration = (context: AuthorityContext, tenant: string): EmulatorResponse => {
  const { env } = context;
  if (!isKnownTenantSegment(env, tenant)) return unknownTenant(context, tenant);
  const base = `${env.origin}/${tenant}`;
  const multiTenant = ['organizations', 'common'].includes(tenant.toLowerCase());
  return json(200, {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: multiTenant ? `${env.origin}/{tenantid}/v2.0` : issuerOf(env),
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'oid'],
    tenant_region_scope: 'EU',
    cloud_instance_name: new URL(env.origin).host,
  });
};

export const addDiscoveryRoutes = (router: Router<AuthorityContext>): void => {
  router
    .add('GET', '/:tenant/v2.0/.well-known/openid-configuration', (context, { tenant = '' }) => openIdConfiguration(context, tenant))
    .add('GET', '/:tenant/discovery/v2.0/keys', (context, { tenant = '' }) =>
      isKnownTenantSegment(context.env, tenant) ? json(200, context.keys.jwks) : unknownTenant(context, tenant),
    )
    // Instance discovery, for clients configured without knownAuthorities.
    .add('GET', '/common/discovery/instance', (context) => {
      const host = new URL(context.env.origin).host;
      return json(200, {
        tenant_discovery_endpoint: `${context.env.origin}/${context.env.tenantId}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      });
    })
    .add('GET', '/:tenant/oauth2/v2.0/logout', () =>
      html(200, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed out</title></head><body><main><h1>You signed out of your account</h1><p>It\'s a good idea to close all browser windows.</p></main></body></html>'),
    )
    // Stands in for My Sign-Ins (mysignins.microsoft.com/security-info), the target of the handoff QR code.
    .add('GET', '/security-info', () =>
      html(
        200,
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Security info</title></head><body><main><h1>Security info</h1>' +
          '<p>In a real tenant this is My Sign-Ins: the person signs in with their Temporary Access Pass and registers Microsoft Authenticator or a passkey.</p>' +
          '<p>In the demo tenant, registration is simulated through the emulator control surface: <code>POST /_emulator/users/{user}/methods</code>.</p></main></body></html>',
      ),
    );
};
