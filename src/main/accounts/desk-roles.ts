import { deskCapabilityOf, type DeskCapability } from '../../shared';
import { toAppError } from '../graph/error-mapping';
import { connectGraph, type GraphConnection } from '../graph/graph-client';
import { graphPermissions } from '../graph/graph-permissions';
import { isGraphStatus } from '../graph/graph-status';
import type { CallLimits } from '../net/call-limits';
import type { AuthService } from './auth-service';
import type { AccountRef } from './profile-repository';

/**
 * User.Read.All and RoleManagement.Read.Directory, asked for together with the rest of what sign-in holds: MSAL drops
 * a cached token whose permissions overlap a new one's, so a token for User.Read.All and the role permission alone
 * would push the sign-in token out, while this one serves both.
 */
const roleReading = [...graphPermissions.signIn, ...graphPermissions.roles];

/**
 * The signed-in technician's directory role template ids, from
 * GET /me/transitiveMemberOf/microsoft.graph.directoryRole
 * (https://learn.microsoft.com/graph/api/user-list-transitivememberof): transitive, so a role held through a
 * role-assignable group counts too. Its least permission is User.Read, and User.Read.All, which TAP Desk holds
 * from sign-in, is one of the higher ones; but with those alone a directory role comes back as its id and type only
 * ("Limited information returned for inaccessible member objects", https://learn.microsoft.com/graph/permissions-overview).
 * Reading a directoryRole's roleTemplateId takes RoleManagement.Read.Directory
 * (https://learn.microsoft.com/graph/api/directoryrole-list#permissions), which pre-flight asks for already. An
 * OData cast on transitiveMemberOf is an advanced query: ConsistencyLevel and $count are required
 * (https://learn.microsoft.com/graph/aad-advanced-queries).
 *
 * Not the `wids` claim: the access token is Microsoft Graph's and opaque to clients
 * (https://learn.microsoft.com/entra/identity-platform/access-tokens#token-ownership), and the ID token carries
 * `wids` only when the app registration's groupMembershipClaims asks for directory roles
 * (https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference#payload-claims,
 * https://learn.microsoft.com/entra/identity-platform/optional-claims#configure-groups-optional-claims); the ID
 * token claims reference does not list it at all.
 *
 * Null when the roles are not readable with the permissions granted.
 */
export const readOwnDirectoryRoles = async (graph: GraphConnection): Promise<string[] | null> => {
  try {
    const response = (await graph
      .request('/me/transitiveMemberOf/microsoft.graph.directoryRole', roleReading)
      .header('ConsistencyLevel', 'eventual')
      .count(true)
      .select(['id', 'roleTemplateId'])
      .get()) as { value: Array<{ roleTemplateId?: unknown }> };
    const ids = response.value.map((role) => role.roleTemplateId);
    return ids.every((id): id is string => typeof id === 'string') ? ids : null;
  } catch (error) {
    if (isGraphStatus(error, 403)) return null;
    throw error;
  }
};

/** Without the permission (granted to nobody or refused), asking again in the same session changes nothing. */
const isLasting = (error: unknown): boolean => ['consent_required', 'insufficient_role'].includes(toAppError(error).code);

const keyOf = (ref: AccountRef): string => `${ref.profileId}|${ref.homeAccountId}`;

/** How long the session waits for the roles before it answers without them; the lookup goes on and is kept. */
const PATIENCE_MS = 5_000;

/** Reads the roles of the account that is active now. */
export type ActiveRolesReader = () => Promise<string[] | null>;

/** Graph for the active account, for the one call this needs. */
export const activeRolesReader =
  (auth: AuthService, limits: CallLimits): ActiveRolesReader =>
  async () => {
    const active = await auth.active();
    if (!active) return null;
    const ref = { profileId: active.profile.id, homeAccountId: active.account.homeAccountId };
    const graph = connectGraph(active.endpoints.graphHost, active.endpoints.ca, (permissions) => auth.accessToken(ref, permissions), limits, auth.network);
    return readOwnDirectoryRoles(graph);
  };

/**
 * What each signed-in technician's roles allow, learnt once per account session: kept until the account signs out
 * or its profile changes. A failure that may pass (network, timeout) is not kept, so the next look asks again.
 */
export class DeskRoles {
  private readonly known = new Map<string, Promise<DeskCapability>>();

  constructor(
    private readonly read: ActiveRolesReader,
    private readonly patienceMs = PATIENCE_MS,
  ) {}

  /** For the active account, which `ref` names. */
  of(ref: AccountRef): Promise<DeskCapability> {
    const key = keyOf(ref);
    let lookup = this.known.get(key);
    if (!lookup) {
      lookup = this.read()
        .then(deskCapabilityOf)
        .catch((error: unknown) => {
          if (!isLasting(error) && this.known.get(key) === lookup) this.known.delete(key);
          return deskCapabilityOf(null);
        });
      this.known.set(key, lookup);
    }
    return this.withPatience(lookup);
  }

  forget(ref: AccountRef): void {
    this.known.delete(keyOf(ref));
  }

  forgetProfile(profileId: string): void {
    for (const key of this.known.keys()) if (key.startsWith(`${profileId}|`)) this.known.delete(key);
  }

  private withPatience(lookup: Promise<DeskCapability>): Promise<DeskCapability> {
    let timer: NodeJS.Timeout | undefined;
    const impatience = new Promise<DeskCapability>((resolve) => {
      timer = setTimeout(() => resolve(deskCapabilityOf(null)), this.patienceMs);
      timer.unref();
    });
    return Promise.race([lookup, impatience]).finally(() => clearTimeout(timer));
  }
}
