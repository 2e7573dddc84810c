import { useEffect } from 'react';
import { STATUS_INTERVAL_MS, useJournalStore } from './journal-store';
import { usePageVisible } from './use-page-visible';

/**
 * While the panel is open: reads today's journal and its passes' statuses at once, then every minute while the
 * window is visible. Any refresh (a revoke's too) restarts the minute, a hidden window asks nothing, and a
 * throttled answer holds the next call back for at least its Retry-After.
 */
export const useJournalPolling = (): void => {
  const refresh = useJournalStore((state) => state.refresh);
  const attemptedAt = useJournalStore((state) => state.attemptedAt);
  const notBefore = useJournalStore((state) => state.notBefore);
  const visible = usePageVisible();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!visible || attemptedAt === null) return undefined;
    const due = Math.max(attemptedAt + STATUS_INTERVAL_MS, notBefore);
    const timer = setTimeout(() => void refresh(), Math.max(0, due - Date.now()));
    return () => clearTimeout(timer);
  }, [visible, attemptedAt, notBefore, refresh]);
};
