import { create } from 'zustand';
import type { AppError, TenantPasses } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { errorText } from '../../ui/errors/error-text';
import { translate } from '../../ui/i18n/translate';
import { signInExpired } from '../accounts';
import { dayRange, lastWeek, parseDayInput, type DayRange, type RangeProblem } from './day';
import { journalMessages as m } from './messages';

/** What the tenant view asks main for: a range of days and the filters as typed, empty ones left out. */
export interface TenantQuery extends DayRange {
  person?: string;
  technician?: string;
}

export type ExportScope = 'tenant' | 'desk';

/** The range and filters as the fields hold them. */
export interface TenantFilters {
  first: string;
  last: string;
  person: string;
  technician: string;
}

/** The query the fields make, or why their days cannot be asked for. */
export const tenantQueryOf = (filters: TenantFilters): TenantQuery | RangeProblem => {
  const range = dayRange(parseDayInput(filters.first), parseDayInput(filters.last));
  if (typeof range === 'string') return range;
  const person = filters.person.trim();
  const technician = filters.technician.trim();
  return { ...range, ...(person ? { person } : {}), ...(technician ? { technician } : {}) };
};

interface TenantState {
  /** Null until the view is first shown, which fills in the last seven days. */
  filters: TenantFilters | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The query the table shows, which the export takes too. */
  query: TenantQuery | null;
  answer: TenantPasses | null;
  error: AppError | null;
  consenting: boolean;
  consentError: AppError | null;
  exporting: ExportScope | null;
  exported: { savedTo: string; rows: number } | null;
  exportError: AppError | null;
  setFilters: (change: Partial<TenantFilters>) => void;
  /** On first showing the view: the last seven days, read at once. */
  start: () => void;
  load: (query: TenantQuery) => Promise<void>;
  /** Signs in again for the audit log's permission, then reads the same range again. */
  consent: () => Promise<void>;
  exportCsv: (scope: ExportScope) => Promise<void>;
  clear: () => void;
}

let latestRequest = 0;

const initial = {
  filters: null,
  status: 'idle' as const,
  query: null,
  answer: null,
  error: null,
  consenting: false,
  consentError: null,
  exporting: null,
  exported: null,
  exportError: null,
};

const failed = (error: AppError) => {
  if (!signInExpired(error)) announce(errorText[error.code].title);
};

export const useTenantStore = create<TenantState>()((set, get) => ({
  ...initial,

  setFilters: (change) => {
    const { filters } = get();
    if (filters) set({ filters: { ...filters, ...change } });
  },

  start: () => {
    if (get().filters) return;
    const filters = { ...lastWeek(), person: '', technician: '' };
    set({ filters });
    const query = tenantQueryOf(filters);
    if (typeof query !== 'string') void get().load(query);
  },

  load: async (query) => {
    const request = ++latestRequest;
    set({ status: 'loading', query, error: null, exported: null, exportError: null });
    const result = await getApi().tenantPasses(query);
    if (request !== latestRequest) return;
    if (!result.ok) {
      set({ status: 'failed', answer: null, error: result.error });
      failed(result.error);
      return;
    }
    set({ status: 'ready', answer: result.value });
    announce(translate(m.eventsCount, { count: result.value.events.length }));
  },

  consent: async () => {
    const { query, consenting } = get();
    if (consenting) return;
    set({ consenting: true, consentError: null });
    const result = await getApi().consentToAuditLog();
    set({ consenting: false });
    if (!result.ok) {
      set({ consentError: result.error });
      failed(result.error);
      return;
    }
    if (result.value && query) await get().load(query);
  },

  exportCsv: async (scope) => {
    const { query, exporting } = get();
    if (!query || exporting) return;
    set({ exporting: scope, exported: null, exportError: null });
    const result = await getApi().exportJournal({ ...query, scope });
    set({ exporting: null });
    if (!result.ok) {
      set({ exportError: result.error });
      failed(result.error);
      return;
    }
    const { savedTo, rows } = result.value;
    // Cancelling the save dialog is an answer in itself: nothing to say.
    if (savedTo === null) return;
    set({ exported: { savedTo, rows } });
    announce(translate(m.exported, { rows, path: savedTo }));
  },

  clear: () => {
    latestRequest += 1;
    set(initial);
  },
}));
