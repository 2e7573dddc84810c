import { create } from 'zustand';
import type { AppError, DeskPassStatus, JournalIntegrity, JournalRecord } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { signInExpired } from '../accounts';
import { startOfTodayIso } from './day';
import { useJournalProblemStore } from './journal-problem-store';
import { journalMessages as m } from './messages';
import { followedPasses } from './today-model';

/** How often the open panel asks Graph where today's passes stand. */
export const STATUS_INTERVAL_MS = 60_000;

interface PassRef {
  userId: string;
  passId: string;
}

interface JournalState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Today's entries at this desk, as main answered. */
  entries: JournalRecord[];
  integrity: JournalIntegrity | null;
  error: AppError | null;
  /** By pass id. */
  statuses: Record<string, DeskPassStatus>;
  statusError: AppError | null;
  checking: boolean;
  /** When the last refresh began (ms since the epoch), whatever came of it: the next one is due from here. */
  attemptedAt: number | null;
  /** When Graph last answered with the statuses. */
  checkedAt: number | null;
  /** Graph asked TAP Desk to wait: no status call before this moment (ms since the epoch). */
  notBefore: number;
  /** The pass being revoked from the panel, and what went wrong with it. */
  revoking: string | null;
  revokeError: { passId: string; error: AppError } | null;
  loadToday: () => Promise<void>;
  /** Reads today's entries, then the statuses of their passes unless Graph asked to wait. */
  refresh: () => Promise<void>;
  revoke: (pass: PassRef, displayName: string) => Promise<boolean>;
  stopRevoking: (pass: PassRef) => void;
  clear: () => void;
}

/** Bumped by `clear`, so answers about another account's journal are dropped. */
let generation = 0;

/** One call at a time: callers while one runs share the next one, started when it ends. */
const single = (start: () => Promise<void>) => {
  let current: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const launch = (): Promise<void> => {
    const next = start().finally(() => {
      if (current === next) current = null;
    });
    current = next;
    return next;
  };
  return {
    // A call while one runs gets one fresh read after it (shared by every such call): what changed meanwhile, such
    // as a revoke, is read rather than the answer already on its way.
    run: (): Promise<void> => {
      if (!current) return launch();
      queued ??= current
        .catch(() => undefined)
        .then(() => {
          queued = null;
          return launch();
        });
      return queued;
    },
    forget: () => {
      current = null;
      queued = null;
    },
  };
};

const initial = {
  status: 'idle' as const,
  entries: [],
  integrity: null,
  error: null,
  statuses: {},
  statusError: null,
  checking: false,
  attemptedAt: null,
  checkedAt: null,
  notBefore: 0,
  revoking: null,
  revokeError: null,
};

export const useJournalStore = create<JournalState>()((set, get) => {
  const readToday = async (asked: number) => {
    set((state) => ({ status: state.status === 'ready' ? 'ready' : 'loading' }));
    const result = await getApi().journalToday({ since: startOfTodayIso() });
    if (asked !== generation) return;
    if (!result.ok) {
      set({ status: 'failed', error: result.error });
      signInExpired(result.error);
      return;
    }
    set({ status: 'ready', error: null, entries: result.value.entries, integrity: result.value.integrity });
    if (result.value.writeProblem) useJournalProblemStore.getState().report(result.value.writeProblem);
  };

  const readStatuses = async (asked: number) => {
    const passes = followedPasses(get().entries);
    set({ checking: true });
    const result = passes.length === 0 ? null : await getApi().passStatuses({ passes });
    if (asked !== generation) return;
    if (result && !result.ok) {
      const wait = result.error.retryAfterSeconds;
      set({ checking: false, statusError: result.error, ...(wait === undefined ? {} : { notBefore: Date.now() + wait * 1000 }) });
      signInExpired(result.error);
      return;
    }
    set({
      checking: false,
      statusError: null,
      checkedAt: Date.now(),
      statuses: Object.fromEntries((result?.value ?? []).map((status) => [status.passId, status])),
    });
  };

  const today = single(() => readToday(generation));
  const statuses = single(() => readStatuses(generation));

  return {
    ...initial,

    loadToday: today.run,

    refresh: async () => {
      set({ attemptedAt: Date.now() });
      await today.run();
      if (get().status !== 'ready' || Date.now() < get().notBefore) return;
      await statuses.run();
    },

    revoke: async (pass, displayName) => {
      if (get().revoking) return false;
      const asked = generation;
      set({ revoking: pass.passId, revokeError: null });
      const result = await getApi().revokePass(pass);
      if (asked !== generation) return false;
      if (!result.ok) {
        set({ revoking: null, revokeError: { passId: pass.passId, error: result.error } });
        if (!signInExpired(result.error)) announce(errorText[result.error.code].title);
        return false;
      }
      set({ revoking: null });
      announce(translate(m.passRevoked, { name: displayName }));
      await get().refresh();
      return true;
    },

    stopRevoking: ({ userId, passId }) => {
      if (get().revoking === passId) void getApi().cancelTap({ userId });
    },

    clear: () => {
      generation += 1;
      today.forget();
      statuses.forget();
      set(initial);
    },
  };
});
