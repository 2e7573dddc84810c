import { GraphError } from '@microsoft/microsoft-graph-client';
import type { CreateTapInput, ExistingPass, IssuedPass, PassStatus, TapContext, TapPolicy } from '../../shared';
import { AppFailure, failure } from '../app-failure';
import { toAppError } from '../error-mapping';
import type { GraphSession } from '../graph/graph-sessions';
import { isPrivilegedTarget } from '../../shared';
import { preflight } from './preflight';

const POLICY_TTL_MS = 5 * 60_000;
/**
 * How long the existing-pass answer from selecting a person is trusted. Creating silently replaces a
 * pass, so an older answer is checked again (one GET) in case another desk issued one meanwhile.
 */
const EXISTING_PASS_TRUST_MS = 60_000;
/** People a desk looks at in a row; older lookups are simply fetched again. */
const PREPARED_LIMIT = 50;

interface Prepared {
  context: TapContext;
  targetRoleIds: string[] | null;
  at: number;
}

const securityInfoFor = (session: GraphSession, userPrincipalName: string) =>
  `${session.securityInfoUrl}?login_hint=${encodeURIComponent(userPrincipalName)}`;

const settledValue = <T>(result: PromiseSettledResult<T>, fallback: T): T => (result.status === 'fulfilled' ? result.value : fallback);

/** The value, or null when Graph said 403 (the role may not see it); any other failure stands. */
const unlessForbidden = <T>(result: PromiseSettledResult<T>): T | null => {
  if (result.status === 'fulfilled') return result.value;
  if (result.reason instanceof GraphError && result.reason.statusCode === 403) return null;
  throw result.reason;
};

/**
 * The issuing workflow. Everything the form needs is fetched when a person is selected, in parallel,
 * so that Create costs one Graph round trip, replacing an existing pass included.
 */
export class TapService {
  private readonly prepared = new Map<string, Prepared>();
  private readonly tenantFacts = new Map<string, { at: number; policy: Promise<TapPolicy | null>; technicianRoleIds: Promise<string[] | null> }>();

  constructor(
    private readonly session: () => Promise<GraphSession>,
    private readonly now: () => number = Date.now,
  ) {}

  private facts({ api, key, technicianId }: GraphSession) {
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
    const session = await this.session();
    const { api } = session;
    const facts = this.facts(session);
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
        technicianId: session.technicianId,
        policy: tapPolicy,
        technicianRoleIds: settledValue(technicianRoleIds, null),
        targetRoleIds: targetRoles,
        canReadMethods: methodList !== null && passList !== null,
      }),
    };
    const key = `${session.key}|${userId}`;
    // Re-inserting keeps the map in visiting order, so the oldest person is the first key.
    this.prepared.delete(key);
    this.prepared.set(key, { context, targetRoleIds: targetRoles, at: this.now() });
    if (this.prepared.size > PREPARED_LIMIT) this.prepared.delete(this.prepared.keys().next().value!);
    return context;
  }

  async create(input: CreateTapInput): Promise<IssuedPass> {
    const session = await this.session();
    const cacheKey = `${session.key}|${input.userId}`;
    const prepared = this.prepared.get(cacheKey) ?? (await this.prepare(input.userId).then(() => this.prepared.get(cacheKey)));
    if (!prepared) throw failure('unexpected', 'The person could not be looked up.');
    const { context, targetRoleIds } = prepared;

    const block = context.findings.find((finding) => finding.severity === 'block');
    // A disabled account is never a block: the pass is simply unusable until it is enabled.
    if (block && block.code !== 'account_disabled') throw failure(block.code, block.message);
    this.checkAgainstPolicy(input, context.policy);

    if (this.now() - prepared.at > EXISTING_PASS_TRUST_MS) {
      context.existingPass = (await session.api.temporaryAccessPasses(input.userId))[0] ?? null;
      prepared.at = this.now();
    }
    // Graph keeps one pass per person and creating one deletes the previous one
    // (https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods), so no separate
    // delete is sent: if creation is refused, the person keeps the pass they had.
    const existing = context.existingPass;
    if (existing && !input.replaceExisting) {
      throw failure('pass_exists', 'This person already has a Temporary Access Pass. Choose to replace it to issue a new one.');
    }
    try {
      const { temporaryAccessPass, ...pass } = await session.api.createTemporaryAccessPass(input.userId, {
        ...(input.lifetimeInMinutes !== undefined ? { lifetimeInMinutes: input.lifetimeInMinutes } : {}),
        ...(input.isUsableOnce !== undefined ? { isUsableOnce: input.isUsableOnce } : {}),
        ...(input.startDateTime !== undefined ? { startDateTime: input.startDateTime } : {}),
      });
      context.existingPass = pass;
      const securityInfoUrl = securityInfoFor(session, context.user.userPrincipalName);
      return { ...pass, temporaryAccessPass, userId: input.userId, replacedPassId: existing?.id ?? null, securityInfoUrl };
    } catch (error) {
      throw this.explainCreateFailure(error, context, targetRoleIds);
    }
  }

  /** The person and the pass last issued to them from this desk, for the printed slip. */
  async issued(userId: string): Promise<{ user: TapContext['user']; pass: ExistingPass; securityInfoUrl: string; tenantName: string }> {
    const session = await this.session();
    const prepared = this.prepared.get(`${session.key}|${userId}`);
    const pass = prepared?.context.existingPass;
    if (!prepared || !pass) throw failure('validation', 'Issue a pass for this person first.');
    const user = prepared.context.user;
    return { user, pass, securityInfoUrl: securityInfoFor(session, user.userPrincipalName), tenantName: session.tenantName };
  }

  /** Graph's current view of the person's pass and methods, for following the handoff. */
  async status(userId: string): Promise<PassStatus> {
    const { api } = await this.session();
    const [passes, methods] = await Promise.allSettled([api.temporaryAccessPasses(userId), api.methods(userId)]);
    return {
      existingPass: unlessForbidden(passes)?.[0] ?? null,
      methods: unlessForbidden(methods)?.filter((method) => method.type !== 'temporaryAccessPassAuthenticationMethod') ?? null,
      checkedAt: new Date(this.now()).toISOString(),
    };
  }

  async revoke(userId: string, passId: string): Promise<void> {
    const session = await this.session();
    try {
      await session.api.deleteTemporaryAccessPass(userId, passId);
    } catch (error) {
      // Already gone (used up and removed, or revoked elsewhere) is what was asked for.
      if (!(error instanceof GraphError && error.statusCode === 404)) throw error;
    }
    const prepared = this.prepared.get(`${session.key}|${userId}`);
    if (prepared?.context.existingPass?.id === passId) prepared.context.existingPass = null;
  }

  private checkAgainstPolicy(input: CreateTapInput, policy: TapPolicy | null) {
    if (!policy) return;
    const { minimumLifetimeInMinutes, maximumLifetimeInMinutes } = policy;
    const lifetime = input.lifetimeInMinutes;
    if (lifetime !== undefined && (lifetime < minimumLifetimeInMinutes || lifetime > maximumLifetimeInMinutes)) {
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
