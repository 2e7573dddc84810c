import { pathSegments } from '../http/router.js';

/** What one request takes from the identity and access buckets. */
export interface RequestCost {
  resourceUnits: number;
  writes: number;
}

/**
 * The directory resources that the identity and access limits cover ("The preceding limits apply to the following
 * resources": user, group, organization, policies, directory objects and roles …) among those the emulator serves.
 * The docs name no limit of their own for authentication methods or Temporary Access Passes, so the methods under
 * a user count as the user's paths. A photo (Outlook's profile API), mail (Outlook) and the audit log (identity and
 * access reports, five requests per ten seconds) have limits of other services, which the emulator does not keep.
 */
const identityRoots: ReadonlySet<string> = new Set(['users', 'me', 'organization', 'policies', 'rolemanagement', 'groups', 'directoryobjects']);
const otherServices: ReadonlySet<string> = new Set(['sendmail', 'photo']);

/**
 * Base costs of https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits that name a
 * path the emulator serves ("Any request cost that applies to a request path starting with `me/` also applies to
 * equivalent requests starting with `users/{id | userPrincipalName}/`"); every other identity path costs 1.
 */
const baseCosts: ReadonlyArray<{ method: string; path: RegExp; cost: number }> = [
  { method: 'GET', path: /^users$/, cost: 2 },
  { method: 'POST', path: /^(me|users\/[^/]+)\/checkmembergroups$/, cost: 4 },
  { method: 'GET', path: /^(me|users\/[^/]+)\/transitivememberof(\/|$)/, cost: 2 },
];

const hasOption = (url: URL, name: string): boolean => [...url.searchParams.keys()].some((key) => key.toLowerCase() === name);

/**
 * The resource units and writes a Graph request costs, or null outside the identity and access service. "Using
 * `$select` decreases cost by 1; using `$expand` increases cost by 1; using `$top` with a value of less than 20
 * decreases cost by 1 … A request cost can never be lower than 1"; writes (POST, PATCH, PUT, DELETE) have a write
 * cost of 1, reads 0 (https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits).
 */
export const identityRequestCost = (method: string, url: URL): RequestCost | null => {
  const segments = pathSegments(url.pathname).slice(1).map((segment) => segment.toLowerCase());
  const [root] = segments;
  if (root === undefined || !identityRoots.has(root) || segments.some((segment) => otherServices.has(segment))) return null;
  const path = segments.join('/');
  const base = baseCosts.find((row) => row.method === method && row.path.test(path))?.cost ?? 1;
  const top = url.searchParams.get('$top');
  const adjusted = base - (hasOption(url, '$select') ? 1 : 0) + (hasOption(url, '$expand') ? 1 : 0) - (top !== null && Number(top) < 20 ? 1 : 0);
  return { resourceUnits: Math.max(1, adjusted), writes: method === 'GET' ? 0 : 1 };
};
