import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  /** Changes with every announcement, so repeating the same words is still read out. */
  sequence: number;
  announce: (message: string) => void;
}

export const useAnnouncerStore = create<AnnouncerState>()((set) => ({
  message: '',
  sequence: 0,
  announce: (message) => set((state) => ({ message, sequence: state.sequence + 1 })),
}));

export const announce = (message: string): void => useAnnouncerStore.getState().announce(message);
