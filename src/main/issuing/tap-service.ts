import { isPrivilegedTarget, withinRange, type CreateTapInput, type ExistingPass, type IssuedPass, type PassStatus, type TapContext, type TapPolicy } from '../../shared';
import type { ActiveGraph } from '../accounts';
import type { DirectoryUser } from '../graph/graph-api';
import { AppFailure, failure } from '../app-failure';
import { toAppError } from '../graph/error-mapping';
import { isGraphStatus } from '../graph/graph-status';
import type { Publish } from '../ipc/event-publisher';
import { cancellable } from '../net/call-limits';
import { issuePass } from './issue-pass';
import { preflight } from './preflight';
import { mayArriveLate, readPassesAfterFault, unknownOutcomeCause } from './unknown-outcome';

const POLICY_TTL_MS = 5 * 60_000;
/** People a desk looks at in a row; older lookups are simply fetched again. */
const PREPARED_LIMIT = 50;

interface Prepared {
  context: TapContext;
  targetRoleIds: string[] | null;
  /** The pass the technician was last shown for this person: only that one may be replaced without asking. */
  shownPassId: string | null;
}

/** Where the person registers their methods, with their sign-in name filled in. */
export const securityInfoFor = (graph: ActiveGraph, userPrincipalName: string): string =>
  `${graph.securityInfoUrl}?login_hint=${encodeURIComponent(userPrincipalName)}`;

const settledValue = <T>(result: PromiseSettledResult<T>, fallback: T): T => (result.status === 'fulfilled' ? result.value : fallback);

/** The value, or null when Graph said 403 (the role may not see it); any other failure stands. */
const unlessForbidden = <T>(result: PromiseSettledResult<T>): T | null => {
  if (result.status === 'fulfilled') return result.value;
  if (isGraphStatus(result.reason, 403)) return null;
  throw result.reason;
};

/**
 * The issuing workflow. Everything the form needs is fetched when a person is selected, in parallel,
 * so that Create costs one Graph round trip, replacing an existing pass included.
 */
export class TapService {
  private readonly prepared = new Map<string, Prepared>();
  /** Creates and revokes in flight, per person, so that the technician can stop waiting for them. */
  private readonly running = new Map<string, Set<AbortController>>();
  private readonly tenantFacts = new Map<string, { at: number; policy: Promise<TapPolicy | null>; technicianRoleIds: Promise<string[] | null> }>();

  constructor(
    private readonly activeGraph: () => Promise<ActiveGraph>,
    private readonly publish: Publish = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  private facts({ api, key, technicianId }: ActiveGraph) {
    const cached = this.tenantFacts.get(key);
    if (cached && this.now() - cached.at < POLICY_TTL_MS) return cached;
    const fresh = {
      at: this.now(),
      policy: api.tapPolicy(),
      technicianRoleIds: api.directoryRoleIds(technicianId),
    };
    // A refusal (no role, no consent) is remembered like an answer, so it is not asked again per person.
    fresh.policy.catch(() => undefined);
    fresh.technicianRoleIds.catch(() => undefined);
    this.tenantFacts.set(key, fresh);
    return fresh;
  }

  async prepare(userId: string): Promise<TapContext> {
    const graph = await this.activeGraph();
    const { api } = graph;
    const facts = this.facts(graph);
    const [user, methods, passes, photo, policy, technicianRoleIds, targetRoleIds] = await Promise.allSettled([
      api.user(userId),
      api.methods(userId),
      api.temporaryAccessPasses(userId),
      api.photoDataUrl(userId),
      facts.policy,
      facts.technicianRoleIds,
      api.directoryRoleIds(userId),
    ]);
    // Identity, methods and the existing pass are essential; photo, policy and roles only enrich.
    if (user.status === 'rejected') throw user.reason;
    const methodList = unlessForbidden(methods);
    const passList = unlessForbidden(passes);
    const tapPolicy = settledValue(policy, null);
    const targetRoles = settledValue(targetRoleIds, null);
    const { creationType: _creationType, ...details } = user.value;
    const context: TapContext = {
      user: details,
      photoDataUrl: settledValue(photo, null),
      methods: methodList?.filter((method) => method.type !== 'temporaryAccessPassAuthenticationMethod') ?? null,
      existingPass: passList?.[0] ?? null,
      policy: tapPolicy,
      findings: preflight({
        user: user.value,
        technicianId: graph.technicianId,
        policy: tapPolicy,
        technicianRoleIds: settledValue(technicianRoleIds, null),
        targetRoleIds: targetRoles,
        canReadMethods: methodList !== null && passList !== null,
      }),
    };
    this.remember(`${graph.key}|${userId}`, { context, targetRoleIds: targetRoles, shownPassId: context.existingPass?.id ?? null });
    return context;
  }

  /**
   * A pass this desk issued another way (one row of a cohort) becomes the person's pass on the handoff screen, so
   * its slip, notice, status and revoke work as for a pass issued here.
   */
  async adopt(user: DirectoryUser, pass: ExistingPass): Promise<void> {
    const graph = await this.activeGraph();
    const { creationType: _creationType, ...details } = user;
    const context: TapContext = { user: details, photoDataUrl: null, methods: null, existingPass: pass, policy: null, findings: [] };
    this.remember(`${graph.key}|${user.id}`, { context, targetRoleIds: null, shownPassId: pass.id });
  }

  private remember(key: string, prepared: Prepared): void {
    // Re-inserting keeps the map in visiting order, so the oldest person is the first key.
    this.prepared.delete(key);
    this.prepared.set(key, prepared);
    if (this.prepared.size > PREPARED_LIMIT) this.prepared.delete(this.prepared.keys().next().value!);
  }

  async create(input: CreateTapInput): Promise<IssuedPass> {
    return this.stoppable(input.userId, async () => {
      const graph = await this.activeGraph();
      const cacheKey = `${graph.key}|${input.userId}`;
      const prepared = this.prepared.get(cacheKey) ?? (await this.prepare(input.userId).then(() => this.prepared.get(cacheKey)));
      if (!prepared) throw failure('unexpected', 'The person could not be looked up.');
      const { context, targetRoleIds } = prepared;

      const block = context.findings.find((finding) => finding.severity === 'block');
      // A disabled account is never a block: the pass is simply unusable until it is enabled.
      if (block && block.code !== 'account_disabled') throw failure(block.code, `Pre-flight refused the pass (${block.code}).`);
      this.checkAgainstPolicy(input, context.policy);

      try {
        const { pass: created, replacedPass, recovered } = await issuePass({
          api: graph.api,
          input,
          shownPassId: prepared.shownPassId,
          explain: (error) => this.explainCreateFailure(error, context, targetRoleIds),
          onStep: (step) => this.publish('event:create-progress', { userId: input.userId, step }),
        });
        const { temporaryAccessPass, ...pass } = created;
        context.existingPass = pass;
        prepared.shownPassId = pass.id;
        const securityInfoUrl = securityInfoFor(graph, context.user.userPrincipalName);
        return { ...pass, temporaryAccessPass, userId: input.userId, replacedPass, recovered, securityInfoUrl };
      } catch (error) {
        // A refusal that names the pass there now shows it to the technician, who may then choose to replace it.
        if (error instanceof AppFailure && error.error.currentPass !== undefined) {
          context.existingPass = error.error.currentPass;
          prepared.shownPassId = error.error.currentPass?.id ?? null;
        }
        throw error;
      }
    });
  }

  /** Stops waiting for this person's create or revoke; what the service did is then read and reported. */
  cancel(userId: string): boolean {
    const controllers = this.running.get(userId.toLowerCase());
    controllers?.forEach((controller) => controller.abort());
    return Boolean(controllers?.size);
  }

  private async stoppable<T>(userId: string, operation: () => Promise<T>): Promise<T> {
    const key = userId.toLowerCase();
    const controller = new AbortController();
    const controllers = this.running.get(key) ?? new Set();
    this.running.set(key, controllers.add(controller));
    try {
      return await cancellable(controller.signal, operation);
    } finally {
      controllers.delete(controller);
      if (controllers.size === 0) this.running.delete(key);
    }
  }

  /** The person as last looked up at this desk (under any account), and the methods they had then. */
  knownPerson(userId: string): { user: TapContext['user']; methodIds: string[] | null } | null {
    const found = [...this.prepared.entries()].reverse().find(([key]) => key.endsWith(`|${userId}`))?.[1];
    return found ? { user: found.context.user, methodIds: found.context.methods?.map((method) => method.id) ?? null } : null;
  }

  /** The person and the pass last issued to them from this desk, for the printed slip. */
  async issued(userId: string): Promise<{ user: TapContext['user']; pass: ExistingPass; securityInfoUrl: string; tenantName: string }> {
    const graph = await this.activeGraph();
    const prepared = this.prepared.get(`${graph.key}|${userId}`);
    const pass = prepared?.context.existingPass;
    if (!prepared || !pass) throw failure('validation', 'Issue a pass for this person first.', { reason: 'issue_first' });
    const user = prepared.context.user;
    return { user, pass, securityInfoUrl: securityInfoFor(graph, user.userPrincipalName), tenantName: graph.tenantName };
  }

  /** Graph's current view of the person's pass and methods, for following the handoff. */
  async status(userId: string): Promise<PassStatus> {
    const { api } = await this.activeGraph();
    const [passes, methods] = await Promise.allSettled([api.temporaryAccessPasses(userId), api.methods(userId)]);
    return {
      existingPass: unlessForbidden(passes)?.[0] ?? null,
      methods: unlessForbidden(methods)?.filter((method) => method.type !== 'temporaryAccessPassAuthenticationMethod') ?? null,
      checkedAt: new Date(this.now()).toISOString(),
    };
  }

  /** Deletes the pass; when the answer is lost, the person's passes are read to find out whether it is gone. */
  async revoke(userId: string, passId: string): Promise<void> {
    await this.stoppable(userId, async () => {
      const graph = await this.activeGraph();
      try {
        await graph.api.deleteTemporaryAccessPass(userId, passId);
      } catch (error) {
        // Already gone (used up and removed, or revoked elsewhere) is what was asked for.
        if (!isGraphStatus(error, 404)) await this.confirmRevoked(graph, userId, passId, error);
      }
      const prepared = this.prepared.get(`${graph.key}|${userId}`);
      if (prepared?.context.existingPass?.id === passId) prepared.context.existingPass = null;
    });
  }

  private async confirmRevoked(graph: ActiveGraph, userId: string, passId: string, error: unknown): Promise<void> {
    const failed = new AppFailure(toAppError(error));
    const cause = unknownOutcomeCause(failed.error);
    if (!cause) throw failed;
    const now = await readPassesAfterFault(graph.api, userId);
    if (now === null) throw new AppFailure({ ...failed.error, passState: { outcome: 'unknown', previousPass: 'unknown' } });
    if (now.some((pass) => pass.id === passId)) {
      throw new AppFailure({ ...failed.error, passState: { outcome: mayArriveLate(cause) ? 'pending' : 'not_revoked', previousPass: 'kept' } });
    }
  }

  private checkAgainstPolicy(input: CreateTapInput, policy: TapPolicy | null) {
    if (!policy) return;
    const { minimumLifetimeInMinutes, maximumLifetimeInMinutes } = policy;
    const lifetime = input.lifetimeInMinutes;
    if (lifetime !== undefined && !withinRange(lifetime, policy)) {
      throw failure('lifetime_out_of_range', `This tenant allows a lifetime between ${minimumLifetimeInMinutes} and ${maximumLifetimeInMinutes} minutes.`, {
        lifetimeRange: { minimumLifetimeInMinutes, maximumLifetimeInMinutes },
      });
    }
    if (input.isUsableOnce === false && policy.isUsableOnce) {
      throw failure('multi_use_not_allowed', 'This tenant only allows one-time passes.');
    }
  }

  private explainCreateFailure(error: unknown, context: TapContext, targetRoleIds: string[] | null): AppFailure {
    let mapped = toAppError(error);
    if (mapped.code === 'insufficient_role' && targetRoleIds && isPrivilegedTarget(targetRoleIds)) {
      mapped = { ...mapped, code: 'privileged_target', message: 'This person holds an admin role; your role cannot issue them a pass.' };
    }
    if (mapped.code === 'user_not_in_policy_scope' && context.policy?.state === 'disabled') {
      mapped = { ...mapped, code: 'policy_disabled', message: 'Temporary Access Pass is turned off in this tenant.' };
    }
    return new AppFailure(mapped);
  }
}
