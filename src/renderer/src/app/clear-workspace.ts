import { useCreatePassStore } from '../features/issuing';
import { useHandoffStore } from '../features/handoff';
import { useNotificationStore } from '../features/notify';
import { usePassStatusStore } from '../features/handoff';
import { useSearchStore } from '../features/people';
import { useSelectionStore } from '../features/issuing';

/** Forgets the person, the form and the pass: after a handoff and whenever the account changes. */
export const clearWorkspace = (): void => {
  useHandoffStore.getState().clear();
  useNotificationStore.getState().clear();
  usePassStatusStore.getState().clear();
  useCreatePassStore.getState().clear();
  useSelectionStore.getState().clear();
  useSearchStore.getState().clear();
};
