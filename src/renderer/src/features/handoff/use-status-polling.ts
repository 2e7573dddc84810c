import { useEffect } from 'react';
import { usePassStatusStore } from './pass-status-store';

export const POLL_INTERVAL_MS = 10_000;

/**
 * Asks for the pass status every ten seconds while the handoff is on screen. The next check is
 * scheduled only after the previous answer, so a slow Graph never sees requests pile up, and a
 * throttled answer pushes the next check back by its Retry-After.
 */
export const useStatusPolling = (): void => {
  const check = usePassStatusStore((state) => state.check);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const delay = () => Math.max(POLL_INTERVAL_MS, (usePassStatusStore.getState().error?.retryAfterSeconds ?? 0) * 1000);
    const tick = async () => {
      await check();
      if (!stopped) timer = setTimeout(() => void tick(), delay());
    };
    timer = setTimeout(() => void tick(), POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [check]);
};
