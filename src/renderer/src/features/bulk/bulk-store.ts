import { create } from 'zustand';
import type { AppError, CohortCheck, CohortCommand, CohortIssueRow, CohortProgress, CohortRow, CohortRowResult, CohortRun } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { countdownOf, type Countdown } from '../../ui/use-seconds-left';
import { signInExpired } from '../accounts';
import { useHandoffStore, usePassStatusStore } from '../handoff';
import { useNoticesStore } from './handover/notices-store';
import { summaryText } from './handover/run-summary';
import { bulkMessages as m } from './messages';
import { resetReview } from './review';
import { progressNews } from './run/progress-news';
import { resetSource, type CohortOrigin } from './source';

export type BulkStep = 'source' | 'checking' | 'review' | 'issuing' | 'results';

/** What the results step shows: every row's outcome, or one of the ways to hand the passes over. */
export type HandoverView = 'results' | 'queue' | 'sheet' | 'notices';

interface BulkState {
  /** Whether the bulk screen is on screen; a batch stays open in main while the single flow is. */
  shown: boolean;
  step: BulkStep;
  /** Known once the check's first progress arrives, so a check can be paused or cancelled. */
  cohortId: string | null;
  origin: CohortOrigin | null;
  check: CohortCheck | null;
  run: CohortRun | null;
  /** Main's latest word on the check or run under way. */
  progress: CohortProgress | null;
  /** Microsoft's pause (429 Retry-After) counting down, while main waits it out. */
  throttle: Countdown | null;
  /** Until main wipes the passes the batch holds (`heldUntil`). */
  heldCountdown: Countdown | null;
  /** A pause, resume or cancel on its way to main. */
  commanding: boolean;
  error: AppError | null;
  /** The batch's time ran out: main has wiped every pass it held. */
  expired: boolean;
  /** The row whose pass is being fetched or is on the handoff screen. */
  handingOver: number | null;
  handOverError: AppError | null;
  view: HandoverView;
  /** Set on the way back from a handoff, so the desk queue takes focus as it appears. */
  focusQueue: boolean;
  show: () => void;
  hide: () => void;
  toggle: () => void;
  checkRows: (rows: CohortRow[], origin: CohortOrigin) => Promise<void>;
  /** From the review back to the list: main forgets the checked cohort. */
  backToSource: () => void;
  issue: (rows: CohortIssueRow[]) => Promise<void>;
  control: (command: CohortCommand) => Promise<void>;
  setView: (view: HandoverView) => void;
  /** Fetches the row's pass from the batch and puts it on the single flow's handoff screen. */
  handOver: (line: number) => Promise<void>;
  /** Next person after a handoff from the queue: the queue again, with its search box focused. */
  returnToQueue: () => void;
  queueFocused: () => void;
  /** Wipes the batch's passes in main and starts again from an empty list. */
  close: () => Promise<boolean>;
  reset: () => void;
}

const initial = {
  step: 'source' as BulkStep,
  cohortId: null,
  origin: null,
  check: null,
  run: null,
  progress: null,
  throttle: null,
  heldCountdown: null,
  commanding: false,
  error: null,
  expired: false,
  handingOver: null,
  handOverError: null,
  view: 'results' as HandoverView,
  focusQueue: false,
};

/** Bumped whenever the batch on screen is left behind, so answers about an earlier one are dropped. */
let generation = 0;
let unsubscribe: (() => void) | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
/** Timers fire at most this far ahead (about 24 days); later deadlines are re-armed when they come. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const stopFollowing = () => {
  unsubscribe?.();
  unsubscribe = null;
};

const closeInMain = (cohortId: string | null) => {
  if (cohortId) void getApi().closeCohort({ cohortId });
};

const failed = (error: AppError) => {
  if (!signInExpired(error)) announce(errorText[error.code].title);
};

const withRow = (run: CohortRun, line: number, change: Partial<CohortRowResult>): CohortRun => ({
  ...run,
  rows: run.rows.map((row) => (row.line === line ? { ...row, ...change } : row)),
});

export const useBulkStore = create<BulkState>()((set, get) => {
  const onProgress = (progress: CohortProgress) => {
    const { step, cohortId, progress: before, throttle } = get();
    if (step !== progress.phase) return;
    // The check's cohort id arrives with its first progress: only one check runs from this screen at a time.
    if (cohortId !== null && cohortId !== progress.cohortId) return;
    const wait = progress.throttledSeconds;
    set({
      progress,
      cohortId: progress.cohortId,
      throttle: wait === null ? null : wait === before?.throttledSeconds && throttle ? throttle : countdownOf(wait),
    });
    const news = progressNews(before, progress);
    if (news) announce(news);
  };

  const follow = () => {
    stopFollowing();
    unsubscribe = getApi().on('event:bulk-progress', onProgress);
  };

  const expire = () => {
    const { run } = get();
    if (!run) return;
    set({ expired: true, heldCountdown: null, run: { ...run, rows: run.rows.map((row) => ({ ...row, held: false })) } });
    if (run.rows.some((row) => row.held)) announce(translate(m.heldExpired));
  };

  const armExpiry = (heldUntil: string | null) => {
    clearTimeout(expiryTimer);
    if (heldUntil === null) return;
    const wait = new Date(heldUntil).getTime() - Date.now();
    expiryTimer = setTimeout(wait > MAX_TIMER_MS ? () => armExpiry(heldUntil) : expire, Math.min(Math.max(wait, 0), MAX_TIMER_MS));
  };

  /** Leaves the batch on screen behind: its answers still on their way are dropped. */
  const leave = () => {
    generation += 1;
    stopFollowing();
    clearTimeout(expiryTimer);
    useNoticesStore.getState().clear();
    resetReview();
  };

  return {
    shown: false,
    ...initial,

    show: () => set({ shown: true }),
    hide: () => set({ shown: false }),
    toggle: () => set({ shown: !get().shown }),

    checkRows: async (rows, origin) => {
      if (get().step !== 'source') return;
      leave();
      const asked = generation;
      set({ ...initial, step: 'checking', origin });
      follow();
      const result = await getApi().checkCohort({ rows });
      if (asked !== generation) return;
      stopFollowing();
      if (!result.ok) {
        closeInMain(get().cohortId);
        set({ step: 'source', cohortId: null, progress: null, throttle: null, error: result.error });
        failed(result.error);
        return;
      }
      set({ step: 'review', check: result.value, cohortId: result.value.cohortId, progress: null, throttle: null });
      announce(translate(m.checkDone, { count: result.value.rows.length }));
    },

    backToSource: () => {
      closeInMain(get().cohortId);
      leave();
      set({ ...initial });
    },

    issue: async (rows) => {
      const { cohortId, step } = get();
      if (!cohortId || step !== 'review' || rows.length === 0) return;
      const asked = generation;
      set({ step: 'issuing', progress: null, error: null, commanding: false });
      follow();
      const result = await getApi().issueCohort({ cohortId, rows });
      if (asked !== generation) return;
      stopFollowing();
      if (!result.ok) {
        set({ step: 'review', progress: null, throttle: null, error: result.error });
        failed(result.error);
        return;
      }
      const { heldUntil } = result.value;
      set({
        step: 'results',
        run: result.value,
        progress: null,
        throttle: null,
        view: 'results',
        expired: false,
        heldCountdown: heldUntil === null ? null : { startedAt: Date.now(), endsAt: new Date(heldUntil).getTime() },
      });
      armExpiry(heldUntil);
      announce(translate(...summaryText(result.value)));
    },

    control: async (command) => {
      const { cohortId, progress, commanding } = get();
      if (!cohortId || commanding) return;
      const asked = generation;
      set({ commanding: true });
      const result = await getApi().controlCohortRun({ cohortId, command });
      if (asked !== generation) return;
      set({ commanding: false });
      if (!result.ok) {
        set({ error: result.error });
        failed(result.error);
        return;
      }
      // Until main's next progress says so, the buttons follow the command that was accepted.
      const current = get().progress ?? progress;
      if (result.value && current) {
        const state = command === 'pause' ? 'pausing' : command === 'resume' ? 'running' : 'cancelling';
        set({ progress: { ...current, state } });
      }
    },

    setView: (view) => set({ view }),

    handOver: async (line) => {
      const { cohortId, run, check, handingOver } = get();
      const row = check?.rows.find((candidate) => candidate.line === line);
      if (!cohortId || !run || handingOver !== null) return;
      const asked = generation;
      set({ handingOver: line, handOverError: null });
      const result = await getApi().handOverFromCohort({ cohortId, line });
      if (asked !== generation) return;
      const latest = get().run ?? run;
      if (!result.ok) {
        const wiped = result.error.reason === 'cohort_pass_wiped';
        set({ handingOver: null, handOverError: result.error, run: wiped ? withRow(latest, line, { held: false }) : latest });
        failed(result.error);
        return;
      }
      set({ run: withRow(latest, line, { held: false, handedOver: true }) });
      const person = row?.person ?? null;
      usePassStatusStore.getState().clear();
      useHandoffStore
        .getState()
        .start(result.value, person?.displayName ?? row?.key ?? '', null, person && { preferredLanguage: person.preferredLanguage, usageLocation: person.usageLocation });
    },

    returnToQueue: () => set({ handingOver: null, shown: true, view: 'queue', focusQueue: true }),

    queueFocused: () => set({ focusQueue: false }),

    close: async () => {
      const { cohortId } = get();
      if (!cohortId) return false;
      const asked = generation;
      const result = await getApi().closeCohort({ cohortId });
      if (asked !== generation) return false;
      if (!result.ok && result.error.reason !== 'cohort_closed') {
        set({ error: result.error });
        failed(result.error);
        return false;
      }
      leave();
      resetSource();
      set({ ...initial });
      announce(translate(m.batchClosed));
      return true;
    },

    reset: () => {
      closeInMain(get().cohortId);
      leave();
      resetSource();
      set({ shown: false, ...initial });
    },
  };
});

/** Forgets the batch, wiping its passes in main: at sign-out and whenever another account takes over. */
export const resetBulk = (): void => useBulkStore.getState().reset();
