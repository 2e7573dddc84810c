import type { DeskPassPhase, DeskPassStatus, JournalRecord } from '../../shared';
import type { GraphApi } from '../graph/graph-api';
import { graphPermissions } from '../graph/graph-permissions';
import { describeMethod } from '../graph/method-labels';

type Raw = Record<string, unknown>;

const TAP_TYPE = 'temporaryAccessPassAuthenticationMethod';
/** Methods a person has without registering anything: they do not show that the pass was put to use. */
const notRegistered = new Set(['passwordAuthenticationMethod', TAP_TYPE]);

const typeOf = (method: Raw) => String(method['@odata.type'] ?? '').replace(/^#?microsoft\.graph\./, '');

const byReason: Record<string, DeskPassPhase> = {
  EnabledByPolicy: 'waiting',
  NotYetValid: 'not_yet_valid',
  OneTimeUsed: 'used',
  Expired: 'expired',
  DisabledByPolicy: 'disabled',
};

const expiryOf = (pass: Raw): string | null => {
  const start = Date.parse(String(pass.startDateTime ?? pass.createdDateTime ?? ''));
  const lifetime = Number(pass.lifetimeInMinutes);
  return Number.isFinite(start) && Number.isFinite(lifetime) ? new Date(start + lifetime * 60_000).toISOString() : null;
};

export interface FollowedPass {
  userId: string;
  passId: string;
}

/** What the journal knows about a pass: when it was issued, the methods the person had then, whether this desk revoked it. */
export interface PassHistory {
  issuedAt: string | null;
  methodIdsBefore: string[] | null;
  revokedHere: boolean;
}

export const historyOf = (records: readonly JournalRecord[], passId: string): PassHistory => {
  const issued = records.find((record) => record.passId === passId && (record.action === 'issued' || record.action === 'replaced'));
  return {
    issuedAt: issued?.at ?? null,
    methodIdsBefore: issued?.methodIdsBefore ?? null,
    revokedHere: records.some((record) => record.passId === passId && record.action === 'revoked'),
  };
};

/**
 * Where one pass stands, from the person's methods list, which holds their pass with its usability
 * (https://learn.microsoft.com/graph/api/authentication-list-methods): gone, replaced, used, or still waiting. A
 * method that was not there when the pass was issued (or, when that is not known, created after it) shows the
 * pass did its job.
 */
export const statusFrom = (followed: FollowedPass, methods: Raw[], history: PassHistory): DeskPassStatus => {
  const pass = methods.find((method) => typeOf(method) === TAP_TYPE);
  const before = history.methodIdsBefore ? new Set(history.methodIdsBefore) : null;
  const issuedAt = Date.parse(String(pass?.createdDateTime ?? history.issuedAt ?? ''));
  const newMethods = methods
    .filter((method) => !notRegistered.has(typeOf(method)))
    .filter((method) => (before ? !before.has(String(method.id)) : Date.parse(String(method.createdDateTime ?? '')) >= issuedAt))
    .map(describeMethod);
  const base = { userId: followed.userId, passId: followed.passId, newMethods };
  if (!pass) return { ...base, phase: history.revokedHere ? 'revoked' : 'removed', expiresAt: null };
  if (String(pass.id) !== followed.passId) return { ...base, phase: 'replaced', expiresAt: null };
  const phase = newMethods.length > 0 ? 'method_registered' : (byReason[String(pass.methodUsabilityReason)] ?? 'unknown');
  return { ...base, phase, expiresAt: expiryOf(pass) };
};

/**
 * Every followed pass's status from one methods read per person, sent through JSON batching: 50 people are
 * three batches, sent together. A person whose read failed is `unknown`.
 */
export const passStatuses = async (api: GraphApi, followed: readonly FollowedPass[], history: (passId: string) => PassHistory): Promise<DeskPassStatus[]> => {
  const people = [...new Set(followed.map((pass) => pass.userId))];
  const answers = await api.batch(
    people.map((userId, index) => ({ id: String(index + 1), url: `/users/${encodeURIComponent(userId)}/authentication/methods` })),
    graphPermissions.methods,
  );
  return followed.map((pass) => {
    const answer = answers.get(String(people.indexOf(pass.userId) + 1));
    const methods = answer?.status === 200 ? (answer.body as { value?: unknown }).value : null;
    if (!Array.isArray(methods)) return { userId: pass.userId, passId: pass.passId, phase: 'unknown', newMethods: [], expiresAt: null };
    return statusFrom(pass, methods as Raw[], history(pass.passId));
  });
};
