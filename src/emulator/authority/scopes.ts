import { graphAppId, type EmulatorEnvironment } from '../environment.js';
import { findGraphPermission } from './permissions.js';

/** OpenID Connect scopes: about the sign-in itself, never part of an access token's `scp`. */
const oidcScopes = ['openid', 'profile', 'offline_access', 'email'];

export type ParsedScopes =
  | { kind: 'ok'; graph: string[]; oidc: string[] }
  | { kind: 'unknown-resource'; resource: string }
  | { kind: 'invalid-scope'; scope: string };

/**
 * `${graphHost}/Name`, `${graphAppId}/Name` and a bare `Name` all mean the Graph permission `Name`
 * (bare names default to Graph, as on Entra); `/.default` means every consented permission,
 * so callers pass what is consented for the user in question (tenant-wide plus their own grant).
 */
export const parseScopes = (raw: string, env: EmulatorEnvironment, consented: readonly string[]): ParsedScopes => {
  const graph = new Set<string>();
  const oidc = new Set<string>();
  for (const scope of raw.split(' ').filter((item) => item !== '')) {
    const lower = scope.toLowerCase();
    if (oidcScopes.includes(lower)) {
      oidc.add(lower);
      continue;
    }
    const slash = scope.lastIndexOf('/');
    const resource = slash === -1 ? null : scope.slice(0, slash);
    const name = slash === -1 ? scope : scope.slice(slash + 1);
    if (resource !== null && !isGraphResource(resource, env)) return { kind: 'unknown-resource', resource };
    if (name === '.default') {
      consented.forEach((item) => graph.add(item));
      continue;
    }
    const known = findGraphPermission(name);
    if (!known) return { kind: 'invalid-scope', scope };
    graph.add(known.name);
  }
  return { kind: 'ok', graph: [...graph], oidc: [...oidc] };
};

const isGraphResource = (resource: string, env: EmulatorEnvironment): boolean => {
  const trimmed = resource.replace(/\/+$/, '').toLowerCase();
  return trimmed === env.graphHost.toLowerCase() || trimmed === graphAppId;
};

/** The token response names Graph permissions with the resource prefix, so MSAL's cache matches what the app asked for. */
export const responseScope = (graph: readonly string[], oidc: readonly string[], env: EmulatorEnvironment): string =>
  [...graph.map((name) => `${env.graphHost}/${name}`), ...oidc].join(' ');
