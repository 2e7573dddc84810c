import { create } from 'zustand';
import type { AppError, UserSummary } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { signInExpired } from '../accounts';
import { useSelectionStore } from '../issuing';
import { countAnnouncement, shownCount } from './result-count';

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
  /** How many people match in all, when the directory counted them. */
  total: number | null;
  /** The token main issued for the next page of these results; null once all are shown. */
  more: string | null;
  moreStatus: 'idle' | 'loading' | 'failed';
  moreError: AppError | null;
  setQuery: (query: string) => void;
  search: (query: string) => Promise<void>;
  /** Appends the next page and makes its first person active; answers that person's index, or null. */
  showMore: () => Promise<number | null>;
  submit: () => void;
  moveActive: (delta: number) => void;
  setActive: (index: number) => void;
  choose: (index: number) => void;
  clear: () => void;
}

/** Only the answer to the newest request may render; older ones can arrive later and are dropped. */
let latestRequest = 0;

const noResults = (): Pick<SearchState, 'results' | 'activeIndex' | 'total' | 'more' | 'moreStatus' | 'moreError'> => ({
  results: [],
  activeIndex: 0,
  total: null,
  more: null,
  moreStatus: 'idle',
  moreError: null,
});

export const useSearchStore = create<SearchState>()((set, get) => ({
  query: '',
  requested: '',
  status: 'idle',
  error: null,
  selectOnArrival: false,
  ...noResults(),

  setQuery: (query) => {
    set({ query });
    if (query.trim() === '') {
      latestRequest += 1;
      set({ requested: '', status: 'idle', error: null, selectOnArrival: false, ...noResults() });
    }
  },

  search: async (query) => {
    const trimmed = query.trim();
    if (trimmed === '' || (trimmed === get().requested && get().status !== 'failed')) return;
    const request = ++latestRequest;
    set({ requested: trimmed, status: 'searching', error: null, more: null, moreStatus: 'idle', moreError: null });
    const result = await getApi().searchUsers({ query: trimmed });
    if (request !== latestRequest) return;
    if (!result.ok) {
      set({ status: 'failed', error: result.error, selectOnArrival: false, ...noResults() });
      if (!signInExpired(result.error)) announce(errorText[result.error.code].title);
      return;
    }
    const { users } = result.value;
    const total = result.value.total ?? null;
    const more = (result.value.hasMore === true && result.value.more) || null;
    const selectNow = get().selectOnArrival && users.length > 0;
    set({ status: 'done', results: users, activeIndex: 0, total, more, selectOnArrival: false });
    announce(countAnnouncement({ shown: users.length, total, more: more !== null }, trimmed));
    if (selectNow) get().choose(0);
  },

  showMore: async () => {
    const { requested, more, moreStatus } = get();
    if (more === null || moreStatus === 'loading') return null;
    const request = latestRequest;
    set({ moreStatus: 'loading', moreError: null });
    const result = await getApi().searchUsers({ query: requested, more });
    if (request !== latestRequest) return null;
    if (!result.ok) {
      // Main refuses a token it no longer keeps (another account, a newer search): asking again cannot help.
      set({ moreStatus: 'failed', moreError: result.error, ...(result.error.code === 'validation' ? { more: null } : {}) });
      if (!signInExpired(result.error)) announce(errorText[result.error.code].title);
      return null;
    }
    const { results, total } = get();
    // The directory is eventually consistent: a person may move between pages while they are read.
    const known = new Set(results.map((user) => user.id));
    const added = result.value.users.filter((user) => !known.has(user.id));
    const next = (result.value.hasMore === true && result.value.more) || null;
    const firstAdded = added.length > 0 ? results.length : null;
    const count = { shown: results.length + added.length, total: result.value.total ?? total, more: next !== null };
    set({ results: [...results, ...added], total: count.total, more: next, moreStatus: 'idle', ...(firstAdded === null ? {} : { activeIndex: firstAdded }) });
    announce(shownCount(count));
    return firstAdded;
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
    set({ query: '', requested: '', status: 'idle', error: null, selectOnArrival: false, ...noResults() });
  },
}));
