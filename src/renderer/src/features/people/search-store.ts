import { create } from 'zustand';
import type { AppError, UserSummary } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { signInExpired } from '../accounts';
import { useSelectionStore } from '../issuing';
import { peopleMessages as m } from './messages';

export const SEARCH_DEBOUNCE_MS = 200;

interface SearchState {
  /** What the box shows. */
  query: string;
  /** The trimmed query of the newest request. */
  requested: string;
  status: 'idle' | 'searching' | 'done' | 'failed';
  results: UserSummary[];
  activeIndex: number;
  error: AppError | null;
  /** Enter was pressed before the newest answer arrived: select its first result when it does. */
  selectOnArrival: boolean;
  setQuery: (query: string) => void;
  search: (query: string) => Promise<void>;
  submit: () => void;
  moveActive: (delta: number) => void;
  setActive: (index: number) => void;
  choose: (index: number) => void;
  clear: () => void;
}

/** Only the answer to the newest request may render; older ones can arrive later and are dropped. */
let latestRequest = 0;

export const useSearchStore = create<SearchState>()((set, get) => ({
  query: '',
  requested: '',
  status: 'idle',
  results: [],
  activeIndex: 0,
  error: null,
  selectOnArrival: false,

  setQuery: (query) => {
    set({ query });
    if (query.trim() === '') {
      latestRequest += 1;
      set({ requested: '', status: 'idle', results: [], activeIndex: 0, error: null, selectOnArrival: false });
    }
  },

  search: async (query) => {
    const trimmed = query.trim();
    if (trimmed === '' || (trimmed === get().requested && get().status !== 'failed')) return;
    const request = ++latestRequest;
    set({ requested: trimmed, status: 'searching', error: null });
    const result = await getApi().searchUsers({ query: trimmed });
    if (request !== latestRequest) return;
    if (!result.ok) {
      set({ status: 'failed', results: [], error: result.error, selectOnArrival: false });
      if (!signInExpired(result.error)) announce(errorText[result.error.code].title);
      return;
    }
    const { users } = result.value;
    const selectNow = get().selectOnArrival && users.length > 0;
    set({ status: 'done', results: users, activeIndex: 0, selectOnArrival: false });
    announce(translate(m.resultsCount, { count: users.length, query: trimmed }));
    if (selectNow) get().choose(0);
  },

  submit: () => {
    const { query, requested, status, activeIndex } = get();
    const trimmed = query.trim();
    if (trimmed === '') return;
    if (trimmed === requested && status === 'done') {
      get().choose(activeIndex);
      return;
    }
    set({ selectOnArrival: true });
    void get().search(trimmed);
  },

  moveActive: (delta) => {
    const { results, activeIndex } = get();
    if (results.length === 0) return;
    set({ activeIndex: Math.min(results.length - 1, Math.max(0, activeIndex + delta)) });
  },

  setActive: (index) => set({ activeIndex: index }),

  choose: (index) => {
    const user = get().results[index];
    if (!user) return;
    set({ activeIndex: index });
    void useSelectionStore.getState().select(user);
  },

  clear: () => {
    latestRequest += 1;
    set({ query: '', requested: '', status: 'idle', results: [], activeIndex: 0, error: null, selectOnArrival: false });
  },
}));
