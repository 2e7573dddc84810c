/** Where this emulator instance answers; fixed once the port is known. */
export interface EmulatorEnvironment {
  origin: string;
  tenantId: string;
  tenantDomain: string;
  /** The resource: prefixes scopes and is the access-token audience. */
  graphHost: string;
  graphBaseUrl: string;
}

/** Microsoft Graph's application id; tokens for it are accepted as well as ones for the host name. */
export const graphAppId = '00000003-0000-0000-c000-000000000000';

export const issuerOf = (env: EmulatorEnvironment): string => `${env.origin}/${env.tenantId}/v2.0`;

/** The tenant path segments the authority answers for; anything else is an unknown tenant. */
export const isKnownTenantSegment = (env: EmulatorEnvironment, segment: string): boolean =>
  [env.tenantId, env.tenantDomain, 'organizations', 'common'].includes(segment.toLowerCase());
