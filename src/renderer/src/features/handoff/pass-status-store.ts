import { create } from 'zustand';
import type { AppError, AuthMethod, PassStatus } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { handoffProgress, progressChange, type HandoffProgress } from './handoff-progress';
import { useHandoffStore } from './handoff-store';

interface PassStatusState {
  status: PassStatus | null;
  /** The first methods seen by polling, standing in when none were known at issue. */
  firstSeenMethods: AuthMethod[] | null;
  checking: boolean;
  error: AppError | null;
  /** Asks Graph once; a call while one is under way waits for that one instead of sending another. */
  check: () => Promise<void>;
  clear: () => void;
}

let inFlight: Promise<void> | null = null;
/** Bumped by `clear`, so an answer about the previous person is dropped. */
let generation = 0;

export const usePassStatusStore = create<PassStatusState>()((set, get) => {
  const progress = (status: PassStatus | null): HandoffProgress | null => {
    const { handoff, revoked } = useHandoffStore.getState();
    if (!handoff) return null;
    return handoffProgress({ issued: handoff.pass, status, baseline: handoff.methodsAtIssue ?? get().firstSeenMethods, revoked });
  };

  const run = async (userId: string, asked: number) => {
    set({ checking: true });
    const result = await getApi().passStatus({ userId });
    if (asked !== generation) return;
    if (!result.ok) {
      set({ checking: false, error: result.error });
      return;
    }
    const before = progress(get().status);
    set({
      checking: false,
      error: null,
      status: result.value,
      firstSeenMethods: get().firstSeenMethods ?? result.value.methods,
    });
    const after = progress(result.value);
    const change = before && after ? progressChange(before, after) : null;
    if (change) announce(change);
  };

  return {
    status: null,
    firstSeenMethods: null,
    checking: false,
    error: null,

    check: () => {
      const userId = useHandoffStore.getState().handoff?.pass.userId;
      if (!userId) return Promise.resolve();
      if (!inFlight) {
        const asked = generation;
        inFlight = run(userId, asked).finally(() => {
          if (asked === generation) inFlight = null;
        });
      }
      return inFlight;
    },

    clear: () => {
      generation += 1;
      inFlight = null;
      set({ status: null, firstSeenMethods: null, checking: false, error: null });
    },
  };
});
