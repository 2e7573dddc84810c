import { useCreatePassStore } from './create-pass-store';
import { useSearchStore } from './search-store';
import { useSelectionStore } from './selection-store';

/** Forgets the person, the form and the pass: after a handoff and whenever the account changes. */
export const clearWorkspace = (): void => {
  useCreatePassStore.getState().clear();
  useSelectionStore.getState().clear();
  useSearchStore.getState().clear();
};
