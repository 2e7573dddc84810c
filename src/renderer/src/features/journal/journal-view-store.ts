import { create } from 'zustand';

export type JournalTab = 'today' | 'tenant' | 'report';

interface JournalViewState {
  open: boolean;
  tab: JournalTab;
  show: () => void;
  close: () => void;
  toggle: () => void;
  setTab: (tab: JournalTab) => void;
}

/** Whether the journal panel is open and on which view: the header button and Ctrl+J share it. */
export const useJournalViewStore = create<JournalViewState>()((set, get) => ({
  open: false,
  tab: 'today',
  show: () => set({ open: true }),
  close: () => set({ open: false }),
  toggle: () => set({ open: !get().open }),
  setTab: (tab) => set({ tab }),
}));
