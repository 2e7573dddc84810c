import type { CreateTapInput, ExistingPass, IssuedPass, TapContext, TapPolicy } from '../../shared';
import { AppFailure, failure } from '../app-failure';
import { toAppError } from '../error-mapping';
import type { GraphSession } from '../graph/graph-sessions';
import { isPrivilegedTarget } from './directory-roles';
import { preflight } from './preflight';

const POLICY_TTL_MS = 5 * 60_000;

interface Prepared {
  context: TapContext;
  targetRoleIds: string[] | null;
}

const settledValue = <T>(result: PromiseSettledResult<T>, fallback: T): T => (result.status === 'fulfilled' ? result.value : fallback);

/**
 * The issuing workflow. Everything the form needs is fetched when a person is selected, in parallel,
 * so that Create costs one Graph round trip (two when replacing an existing pass).
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
    // A failed lookup must not stick for five minutes.
    fresh.policy.catch(() => this.tenantFacts.delete(key));
    fresh.technicianRoleIds.catch(() => this.tenantFacts.delete(key));
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
    if (methods.status === 'rejected') throw methods.reason;
    if (passes.status === 'rejected') throw passes.reason;
    const tapPolicy = settledValue(policy, null);
    const targetRoles = settledValue(targetRoleIds, null);
    const { creationType: _creationType, ...details } = user.value;
    const context: TapContext = {
      user: details,
      photoDataUrl: settledValue(photo, null),
      methods: methods.value.filter((method) => method.type !== 'temporaryAccessPassAuthenticationMethod'),
      existingPass: passes.value[0] ?? null,
      policy: tapPolicy
        ? {
            state: tapPolicy.state,
            defaultLifetimeInMinutes: tapPolicy.defaultLifetimeInMinutes,
            defaultLength: tapPolicy.defaultLength,
            minimumLifetimeInMinutes: tapPolicy.minimumLifetimeInMinutes,
            maximumLifetimeInMinutes: tapPolicy.maximumLifetimeInMinutes,
            isUsableOnce: tapPolicy.isUsableOnce,
          }
        : null,
      findings: preflight({
        user: user.value,
        technicianId: session.technicianId,
        policy: tapPolicy,
        technicianRoleIds: settledValue(technicianRoleIds, null),
        targetRoleIds: targetRoles,
      }),
    };
    this.prepared.set(`${session.key}|${userId}`, { context, targetRoleIds: targetRoles });
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

    const existing = context.existingPass;
    if (existing && !input.replaceExisting) {
      throw failure('pass_exists', 'This person already has a Temporary Access Pass. Choose to replace it to issue a new one.');
    }
    let replacedPassId: string | null = null;
    if (existing && input.replaceExisting) {
      await this.deleteExisting(session, input.userId, existing);
      replacedPassId = existing.id;
      context.existingPass = null;
    }

    try {
      const { temporaryAccessPass, ...pass } = await session.api.createTemporaryAccessPass(input.userId, {
        ...(input.lifetimeInMinutes !== undefined ? { lifetimeInMinutes: input.lifetimeInMinutes } : {}),
        ...(input.isUsableOnce !== undefined ? { isUsableOnce: input.isUsableOnce } : {}),
        ...(input.startDateTime !== undefined ? { startDateTime: input.startDateTime } : {}),
      });
      context.existingPass = pass;
      return { ...pass, temporaryAccessPass, userId: input.userId, replacedPassId };
    } catch (error) {
      throw this.explainCreateFailure(error, context, targetRoleIds, replacedPassId);
    }
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

  private async deleteExisting(session: GraphSession, userId: string, existing: ExistingPass) {
    try {
      await session.api.deleteTemporaryAccessPass(userId, existing.id);
    } catch (error) {
      const mapped = toAppError(error);
      // Already gone (expired and cleaned up, or removed elsewhere) is what we wanted anyway.
      if (mapped.code !== 'user_not_found') throw new AppFailure({ ...mapped, message: `The existing pass could not be removed: ${mapped.message}` });
    }
  }

  private explainCreateFailure(error: unknown, context: TapContext, targetRoleIds: string[] | null, replacedPassId: string | null): AppFailure {
    let mapped = toAppError(error);
    if (mapped.code === 'insufficient_role' && targetRoleIds && isPrivilegedTarget(targetRoleIds)) {
      mapped = { ...mapped, code: 'privileged_target', message: 'This person holds an admin role; your role cannot issue them a pass.' };
    }
    if (mapped.code === 'user_not_in_policy_scope' && context.policy?.state === 'disabled') {
      mapped = { ...mapped, code: 'policy_disabled', message: 'Temporary Access Pass is turned off in this tenant.' };
    }
    if (replacedPassId) mapped = { ...mapped, message: `${mapped.message} The previous pass was already removed.` };
    return new AppFailure(mapped);
  }
}
