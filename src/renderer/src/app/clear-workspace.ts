import { useHandoffStore, usePassStatusStore } from '../features/handoff';
import { useCreatePassStore, useSelectionStore } from '../features/issuing';
import { useNotificationStore } from '../features/notify';
import { useSearchStore } from '../features/people';

/** Forgets the person, the form and the pass: after a handoff and whenever the account changes. */
export const clearWorkspace = (): void => {
  useHandoffStore.getState().clear();
  useNotificationStore.getState().clear();
  usePassStatusStore.getState().clear();
  useCreatePassStore.getState().clear();
  useSelectionStore.getState().clear();
  useSearchStore.getState().clear();
};
