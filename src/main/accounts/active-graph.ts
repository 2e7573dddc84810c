import type { AuthService } from './auth-service';
import { notSignedIn } from '../app-failure';
import { GraphApi } from '../graph/graph-api';
import { connectGraph } from '../graph/graph-client';
import type { CallLimits } from '../net/call-limits';

export interface ActiveGraph {
  api: GraphApi;
  /** Object id of the signed-in technician. */
  technicianId: string;
  /** Changes whenever another account becomes active; caches key on it. */
  key: string;
  securityInfoUrl: string;
  /** The tenant profile's label, as the technician named the tenant. */
  tenantName: string;
  /** The signed-in technician, as mails name them. */
  technician: { name: string; address: string };
}

/** Graph for whichever account is active, one client per account so tokens never cross accounts. */
export const graphForActiveAccount = (auth: AuthService, limits: CallLimits): (() => Promise<ActiveGraph>) => {
  const graphs = new Map<string, ActiveGraph>();
  return async () => {
    const active = await auth.active();
    if (!active) throw notSignedIn();
    const ref = { profileId: active.profile.id, homeAccountId: active.account.homeAccountId };
    // The Graph host is part of the key: an edited profile must not reuse a client for another cloud.
    const key = `${ref.profileId}|${ref.homeAccountId}|${active.endpoints.graphHost}`;
    const existing = graphs.get(key);
    if (existing) return existing;
    const connection = connectGraph(active.endpoints.graphHost, active.endpoints.ca, (permissions) => auth.accessToken(ref, permissions), limits, auth.network);
    const graph = {
      api: new GraphApi(connection),
      technicianId: active.account.localAccountId,
      key,
      securityInfoUrl: active.endpoints.securityInfoUrl,
      tenantName: active.profile.label,
      technician: { name: active.account.name ?? active.account.username, address: active.account.username },
    };
    graphs.set(key, graph);
    return graph;
  };
};
