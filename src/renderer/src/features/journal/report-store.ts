import { create } from 'zustand';
import type { AppError, JournalIntegrity, JournalRecord } from '../../../../shared';
import { getApi } from '../../api';
import { toIsoWithOffset } from '../../format/date-time';
import { signInExpired } from '../accounts';
import { addDays, onDay } from './day';
import { useJournalProblemStore } from './journal-problem-store';
import { oldestFirst } from './today-model';

interface ReportState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The start of the day the report covers. */
  day: Date | null;
  entries: JournalRecord[];
  integrity: JournalIntegrity | null;
  error: AppError | null;
  load: (day: Date) => Promise<void>;
  clear: () => void;
}

let latestRequest = 0;

const initial = { status: 'idle' as const, day: null, entries: [], integrity: null, error: null };

/** One day of this desk's journal, in the order it happened: main answers for that day only. */
export const useReportStore = create<ReportState>()((set) => ({
  ...initial,

  load: async (day) => {
    const request = ++latestRequest;
    set({ status: 'loading', day, error: null });
    const result = await getApi().journalToday({ since: toIsoWithOffset(day), until: toIsoWithOffset(addDays(day, 1)) });
    if (request !== latestRequest) return;
    if (!result.ok) {
      set({ status: 'failed', entries: [], integrity: null, error: result.error });
      signInExpired(result.error);
      return;
    }
    const { entries, integrity, writeProblem } = result.value;
    set({ status: 'ready', entries: oldestFirst(entries.filter((entry) => onDay(entry.at, day))), integrity });
    if (writeProblem) useJournalProblemStore.getState().report(writeProblem);
  },

  clear: () => {
    latestRequest += 1;
    set(initial);
  },
}));
