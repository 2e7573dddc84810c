import { create } from 'zustand';
import {
  decodeCohortText,
  readCohortTable,
  suggestCohortMapping,
  type AppError,
  type CohortColumnTarget,
  type CohortMapping,
  type CohortPerson,
  type CohortTable,
} from '../../../../../shared';
import { getApi } from '../../../api';
import { signInExpired } from '../../accounts';
import type { CohortOrigin } from './cohort-origin';
import type { HireRange } from './hire-range';

export type SourceTab = 'file' | 'paste' | 'hires';

/** A list read from a file or a paste, and what the technician says each column holds. */
export interface ListReading {
  origin: Extract<CohortOrigin, { kind: 'file' } | { kind: 'paste' }>;
  table: CohortTable;
  mapping: CohortMapping;
}

export interface HireSearch {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The range the answer is for, which the fields may since have left. */
  range: HireRange | null;
  people: CohortPerson[];
  more: boolean;
  error: AppError | null;
}

/** A list of 1,000 people is well under a megabyte; anything this large is the wrong file. */
export const MAX_FILE_MEGABYTES = 5;

interface SourceState {
  tab: SourceTab;
  file: ListReading | null;
  fileProblem: 'unreadable' | 'too_large' | null;
  pasteText: string;
  paste: ListReading | null;
  /** Null until the technician changes it: the fields then show this week, as of the day they are shown. */
  hireRange: HireRange | null;
  hires: HireSearch;
  setTab: (tab: SourceTab) => void;
  readFile: (file: File) => Promise<void>;
  setPasteText: (text: string) => void;
  readPaste: () => void;
  setMapping: (kind: ListReading['origin']['kind'], column: number, target: CohortColumnTarget) => void;
  setHireRange: (range: HireRange) => void;
  findHires: (range: HireRange) => Promise<void>;
  reset: () => void;
}

const noHires: HireSearch = { status: 'idle', range: null, people: [], more: false, error: null };

const readingOf = (origin: ListReading['origin'], text: string): ListReading => {
  const table = readCohortTable(text);
  return { origin, table, mapping: suggestCohortMapping(table) };
};

let latestHires = 0;

const initial = {
  tab: 'file' as SourceTab,
  file: null as ListReading | null,
  fileProblem: null as SourceState['fileProblem'],
  pasteText: '',
  paste: null as ListReading | null,
  hireRange: null as HireRange | null,
  hires: noHires,
};

/** The three ways a cohort comes in, each kept while the technician looks at another or goes back to fix a column. */
export const useSourceStore = create<SourceState>()((set, get) => ({
  ...initial,

  setTab: (tab) => set({ tab }),

  readFile: async (file) => {
    if (file.size > MAX_FILE_MEGABYTES * 1024 * 1024) {
      set({ file: null, fileProblem: 'too_large' });
      return;
    }
    try {
      const { text } = decodeCohortText(new Uint8Array(await file.arrayBuffer()));
      set({ file: readingOf({ kind: 'file', name: file.name }, text), fileProblem: null });
    } catch {
      // A file removed or locked after it was chosen rejects arrayBuffer(); the list itself never throws.
      set({ file: null, fileProblem: 'unreadable' });
    }
  },

  setPasteText: (pasteText) => set({ pasteText }),

  readPaste: () => {
    const { pasteText } = get();
    set({ paste: pasteText.trim() === '' ? null : readingOf({ kind: 'paste' }, pasteText) });
  },

  setMapping: (kind, column, target) => {
    const reading = get()[kind];
    if (!reading) return;
    const mapping = reading.mapping.map((current, index) => (index === column ? target : current));
    set({ [kind]: { ...reading, mapping } });
  },

  setHireRange: (hireRange) => set({ hireRange }),

  findHires: async (range) => {
    const request = ++latestHires;
    set({ hires: { ...noHires, status: 'loading', range } });
    const result = await getApi().findHires(range);
    if (request !== latestHires) return;
    if (!result.ok) {
      set({ hires: { ...noHires, status: 'failed', range, error: result.error } });
      signInExpired(result.error);
      return;
    }
    set({ hires: { status: 'ready', range, people: result.value.people, more: result.value.more, error: null } });
  },

  reset: () => {
    latestHires += 1;
    set(initial);
  },
}));

/** Forgets the list, the paste and the people found: when the technician signs out or another account takes over. */
export const resetSource = (): void => useSourceStore.getState().reset();
