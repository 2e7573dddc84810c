import { refusalCodes, type AppError, type JournalAct, type JournalEntry, type JournalPerson, type PassState, type UnknownOutcomeCause } from '../../shared';
import { AppFailure } from '../app-failure';

export type CreateOptions = { lifetimeInMinutes?: number | undefined; isUsableOnce?: boolean | undefined; startDateTime?: string | undefined };

/** The act and whom it was for, as its owner knows it; the recorder adds who did it and the person's names. */
export interface ActBase {
  userId: string;
  act: JournalAct;
  passId?: string | null;
  options?: CreateOptions;
  /** The cohort run the act belonged to. */
  cohort?: { id: string; size: number };
}

/** How an act ended when it was done. */
export type Done =
  | { done: 'issued' | 'replaced'; passId: string; replacedPassId: string | null; recoveredFrom: UnknownOutcomeCause | null }
  | { done: 'revoked' | 'notice_sent' | 'slip_printed' | 'slip_saved' };

export type DeskAct = ActBase & (Done | { failed: unknown });

/** Who is signed in, in which tenant profile, and how long that profile keeps its journal. */
export interface Signed {
  profileId: string;
  retentionMonths: number;
  technician: JournalEntry['technician'];
}

export interface RecorderDeps {
  /** Null when nobody is signed in: then nothing was done either. */
  signed: () => Promise<Signed | null>;
  /** The person as this desk last read them, and the methods they had then; never a Graph call of its own. */
  person: (userId: string) => { person: JournalPerson; methodIds: string[] | null } | null;
  append: (profileId: string, retentionMonths: number, entries: readonly JournalEntry[]) => boolean;
}

const errorOf = (error: unknown): AppError | null => (error instanceof AppFailure ? error.error : null);

const passStateOf = (error: AppError | null): PassState | null => error?.passState ?? null;

const optionsOf = (options: CreateOptions | undefined): JournalEntry['options'] =>
  options
    ? { lifetimeInMinutes: options.lifetimeInMinutes ?? null, isUsableOnce: options.isUsableOnce ?? null, startDateTime: options.startDateTime ?? null }
    : null;

/** One act as the journal's entry, with who did it and the person as this desk last read them. */
const entryOf = (who: Signed, act: DeskAct, known: ReturnType<RecorderDeps['person']>): JournalEntry => {
  const failed = 'failed' in act ? errorOf(act.failed) : null;
  const issuing = 'done' in act && (act.done === 'issued' || act.done === 'replaced');
  const recoveredFrom = 'recoveredFrom' in act ? act.recoveredFrom : null;
  const passState = passStateOf(failed);
  return {
    technician: who.technician,
    person: known?.person ?? { id: act.userId, userPrincipalName: '', displayName: '' },
    action: 'done' in act ? act.done : failed && refusalCodes.has(failed.code) ? 'refused' : 'failed',
    act: act.act,
    passId: act.passId ?? null,
    replacedPassId: 'replacedPassId' in act ? act.replacedPassId : null,
    options: optionsOf(act.options),
    error: 'failed' in act ? { code: failed?.code ?? 'unexpected', requestId: failed?.requestId ?? null } : null,
    reconciliation: passState || recoveredFrom ? { passState, recoveredFrom } : null,
    methodIdsBefore: issuing ? (known?.methodIds ?? null) : null,
    ...(act.cohort ? { cohort: act.cohort } : {}),
  };
};

/**
 * Turns acts into the journal's entries, written together (a cohort's rows come a batch at a time). A failure to
 * record is the journal's to report; the acts stand.
 */
export const journalRecorder =
  ({ signed, person, append }: RecorderDeps) =>
  async (acts: DeskAct | readonly DeskAct[]): Promise<void> => {
    const who = await signed().catch(() => null);
    if (!who) return;
    const list: readonly DeskAct[] = Array.isArray(acts) ? acts : [acts as DeskAct];
    append(who.profileId, who.retentionMonths, list.map((act) => entryOf(who, act, person(act.userId))));
  };

export type RecordAct = ReturnType<typeof journalRecorder>;

/**
 * Runs an act and keeps it in the journal whether it was done or failed; the act's own answer or error stands.
 * Recording never fails the act (a pass issued must reach the screen): the journal reports its own problems.
 */
export const withRecord = async <T>(record: RecordAct, base: ActBase, run: () => Promise<T>, done: (result: T) => Done | null): Promise<T> => {
  const keep = (act: DeskAct) => record(act).catch(() => undefined);
  let result: T;
  try {
    result = await run();
  } catch (failed) {
    await keep({ ...base, failed });
    throw failed;
  }
  const ended = done(result);
  if (ended) await keep({ ...base, ...ended });
  return result;
};
