import { randomInt } from 'node:crypto';
import { recordPassCreated, type PassActor } from '../audit/security-info-events.js';
import { isExternalGuest } from '../directory/external-guest.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { newGuid } from '../state/ids.js';
import type { TapRecord, UserRecord } from '../state/model.js';
import { problems, type GraphProblem } from './graph-error.js';

/** How far in the past a requested start may lie before it is refused (clock skew between client and service). */
const startSkewMs = 5 * 60_000;

export type TapCreation = { kind: 'created'; tap: TapRecord; pass: string } | { kind: 'rejected'; problem: GraphProblem };

/** OData's wording when a value has the wrong type. */
const notA = (value: unknown, edmType: string): GraphProblem =>
  problems.badRequest(`Cannot convert the literal '${String(value)}' to the expected type '${edmType}'.`);

interface TapRequest {
  startsAt: number;
  lifetimeInMinutes: number | null;
  isUsableOnce: boolean | null;
}

const isAbsent = (value: unknown): value is undefined | null => value === undefined || value === null;

const readRequest = (body: Record<string, unknown>, now: number): TapRequest | GraphProblem => {
  const { startDateTime, lifetimeInMinutes, isUsableOnce } = body;
  const startsAt = isAbsent(startDateTime) ? now : typeof startDateTime === 'string' ? Date.parse(startDateTime) : Number.NaN;
  if (Number.isNaN(startsAt)) return notA(startDateTime, 'Edm.DateTimeOffset');
  if (!isAbsent(lifetimeInMinutes) && !Number.isInteger(lifetimeInMinutes)) return notA(lifetimeInMinutes, 'Edm.Int32');
  if (!isAbsent(isUsableOnce) && typeof isUsableOnce !== 'boolean') return notA(isUsableOnce, 'Edm.Boolean');
  return {
    startsAt,
    lifetimeInMinutes: typeof lifetimeInMinutes === 'number' ? lifetimeInMinutes : null,
    isUsableOnce: typeof isUsableOnce === 'boolean' ? isUsableOnce : null,
  };
};

const alphabet = {
  letters: 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz',
  digits: '23456789',
  symbols: '!#$%&*+-=?@^_',
};

/** Letters, digits and symbols, at least one of each, like the passes the service generates. */
const generatePass = (length: number): string => {
  const pick = (chars: string): string => chars.charAt(randomInt(chars.length));
  const all = alphabet.letters + alphabet.digits + alphabet.symbols;
  const characters = [pick(alphabet.letters), pick(alphabet.digits), pick(alphabet.symbols)];
  while (characters.length < length) characters.push(pick(all));
  for (let index = characters.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [characters[index], characters[other]] = [characters[other] ?? '', characters[index] ?? ''];
  }
  return characters.join('');
};

/**
 * Body fields are optional and fall back to the policy (https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods).
 * A new pass replaces the user's existing one: "A user can only have one Temporary Access Pass … the previous
 * Temporary Access Pass will be deleted, and a new Temporary Access Pass will be created."
 */
export const createTap = (state: EmulatorState, target: UserRecord, body: Record<string, unknown>, actor: PassActor): TapCreation => {
  const reject = (problem: GraphProblem): TapCreation => ({ kind: 'rejected', problem });
  const { policy } = state;
  const now = state.now();

  const request = readRequest(body, now);
  if ('status' in request) return reject(request);

  if (isExternalGuest(target.user)) {
    return reject(problems.tapBadRequest('Temporary Access Pass cannot be added to an external guest user.'));
  }
  if (policy.state !== 'enabled' || !state.isInPolicyScope(target)) {
    return reject(problems.tapBadRequest('Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].'));
  }
  const lifetime = request.lifetimeInMinutes ?? policy.defaultLifetimeInMinutes;
  if (lifetime < policy.minimumLifetimeInMinutes || lifetime > policy.maximumLifetimeInMinutes) {
    return reject(problems.tapBadRequest(`Invalid LifetimeInMinutes specified. The valid range between ${policy.minimumLifetimeInMinutes} and ${policy.maximumLifetimeInMinutes}.`));
  }
  const usableOnce = request.isUsableOnce ?? policy.isUsableOnce;
  if (policy.isUsableOnce && !usableOnce) {
    return reject(problems.tapBadRequest('Invalid IsUsableOnce specified. Tenant Policy does not allow multiple use temporary access pass method.'));
  }
  if (request.startsAt < now - startSkewMs) {
    return reject(problems.tapBadRequest('Invalid StartDateTime specified. StartDateTime cannot be in the past.'));
  }

  const tap: TapRecord = { id: newGuid(), createdAt: now, startsAt: request.startsAt, lifetimeInMinutes: lifetime, isUsableOnce: usableOnce, usedAt: null };
  recordPassCreated(state, target, tap, actor);
  target.tap = tap;
  return { kind: 'created', tap, pass: generatePass(policy.defaultLength) };
};
