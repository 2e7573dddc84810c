import { useCreatePassStore } from './create-pass-store';
import { useHandoffStore } from './handoff-store';
import { useNotificationStore } from './notification-store';
import { usePassStatusStore } from './pass-status-store';
import { useSearchStore } from './search-store';
import { useSelectionStore } from './selection-store';

/** Forgets the person, the form and the pass: after a handoff and whenever the account changes. */
export const clearWorkspace = (): void => {
  useHandoffStore.getState().clear();
  useNotificationStore.getState().clear();
  usePassStatusStore.getState().clear();
  useCreatePassStore.getState().clear();
  useSelectionStore.getState().clear();
  useSearchStore.getState().clear();
};
