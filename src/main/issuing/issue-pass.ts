import type { CreateStep, CreateTapInput, ExistingPass, PassState, UnknownOutcomeCause } from '../../shared';
import { AppFailure, failure } from '../app-failure';
import type { GraphApi } from '../graph/graph-api';
import { mayArriveLate, previousPassFate, readPassesAfterFault, unknownOutcomeCause } from './unknown-outcome';

export interface IssueRequest {
  api: GraphApi;
  input: CreateTapInput;
  /** The pass the technician was last shown for this person, or null. */
  shownPassId: string | null;
  /** Turns a Graph failure into the error the technician reads. */
  explain: (error: unknown) => AppFailure;
  /** Told at each step, so that the technician sees what a long wait is waiting for. */
  onStep: (step: CreateStep) => void;
}

export interface Issued {
  pass: ExistingPass & { temporaryAccessPass: string };
  replacedPass: ExistingPass | null;
  recovered: { unreadablePassId: string; cause: UnknownOutcomeCause } | null;
}

/** The error with what the service holds now; `currentPass` when it was read, so the form shows that pass. */
const withState = (failed: AppFailure, passState: PassState, now?: readonly ExistingPass[] | null): AppFailure =>
  new AppFailure({ ...failed.error, passState, ...(now ? { currentPass: now[0] ?? null } : {}) });

/** Refuses to replace a pass the technician has not agreed to replace, naming the pass that is there. */
const refuseUnseen = (current: ExistingPass, shownPassId: string | null): AppFailure =>
  current.id === shownPassId
    ? failure('pass_exists', 'This person already has a Temporary Access Pass. Choose to replace it to issue a new one.', { currentPass: current })
    : failure(
        'pass_changed',
        // The pass resource has no creator (https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethod).
        'It was issued at another desk or by a request that arrived late; Microsoft Graph does not say by whom.',
        { currentPass: current },
      );

/** What to tell after a second attempt failed too: the state read last, or the one known before it. */
const afterSecondFailure = (failed: AppFailure, before: ExistingPass | null, unreadable: ExistingPass, after: ExistingPass[] | null): AppFailure => {
  const latest = after === null ? unreadable : (after[0] ?? null);
  if (latest && latest.id !== before?.id) {
    return new AppFailure({
      ...failed.error,
      code: 'pass_unreadable',
      message: 'A pass was created but its answer was lost, so nobody can read it. Create again to issue one you can read out.',
      passState: { outcome: 'unreadable', previousPass: previousPassFate(before, after ?? [unreadable]) },
      currentPass: latest,
    });
  }
  return withState(failed, { outcome: 'not_created', previousPass: previousPassFate(before, after) }, after);
};

/**
 * Creates a pass so that nothing happens behind the technician's back. Graph keeps one pass per person and
 * creating one deletes the previous one (https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods),
 * so the pass there right now is read first and must be the one the technician chose to replace. When the
 * answer is lost, the person's passes are read before anything is said: a pass that appeared was made by this
 * call, and since Graph returns a code only in the create answer, it is replaced once by one that can be read.
 */
export const issuePass = async ({ api, input, shownPassId, explain, onStep }: IssueRequest): Promise<Issued> => {
  const { userId } = input;
  const body = {
    ...(input.lifetimeInMinutes !== undefined ? { lifetimeInMinutes: input.lifetimeInMinutes } : {}),
    ...(input.isUsableOnce !== undefined ? { isUsableOnce: input.isUsableOnce } : {}),
    ...(input.startDateTime !== undefined ? { startDateTime: input.startDateTime } : {}),
  };
  let before: ExistingPass | null;
  onStep('checking-current-pass');
  try {
    before = (await api.temporaryAccessPasses(userId))[0] ?? null;
  } catch (error) {
    throw withState(explain(error), { outcome: 'not_created', previousPass: 'unknown' });
  }
  if (before && before.id !== input.replacePassId) throw refuseUnseen(before, shownPassId);

  onStep('creating');
  try {
    return { pass: await api.createTemporaryAccessPass(userId, body), replacedPass: before, recovered: null };
  } catch (error) {
    const failed = explain(error);
    const cause = unknownOutcomeCause(failed.error);
    if (!cause) throw failed;
    onStep('checking-outcome');
    const now = await readPassesAfterFault(api, userId);
    if (now === null) throw withState(failed, { outcome: 'unknown', previousPass: 'unknown' });
    const unreadable = now[0] ?? null;
    if (!unreadable || unreadable.id === before?.id) {
      throw withState(failed, { outcome: mayArriveLate(cause) ? 'pending' : 'not_created', previousPass: previousPassFate(before, now) }, now);
    }
    // The technician stopped waiting: say what happened rather than issue another pass they no longer expect.
    if (cause === 'cancelled') throw afterSecondFailure(failed, before, unreadable, now);
    onStep('creating-again');
    try {
      const pass = await api.createTemporaryAccessPass(userId, body);
      return { pass, replacedPass: before, recovered: { unreadablePassId: unreadable.id, cause } };
    } catch (second) {
      const failedAgain = explain(second);
      const after = unknownOutcomeCause(failedAgain.error) ? await readPassesAfterFault(api, userId) : now;
      throw afterSecondFailure(failedAgain, before, unreadable, after);
    }
  }
};
