import { resetBulk } from '../features/bulk';
import { useHandoffStore, usePassStatusStore } from '../features/handoff';
import { useCreatePassStore, useSelectionStore } from '../features/issuing';
import { useNotificationStore } from '../features/notify';
import { useSearchStore } from '../features/people';

/** Forgets the pass on screen and what hangs on it: its status and its notice. */
export const clearHandoff = (): void => {
  useHandoffStore.getState().clear();
  useNotificationStore.getState().clear();
  usePassStatusStore.getState().clear();
};

/** Forgets the person, the form and the pass: after a handoff and whenever the account changes. */
export const clearWorkspace = (): void => {
  clearHandoff();
  useCreatePassStore.getState().clear();
  useSelectionStore.getState().clear();
  useSearchStore.getState().clear();
};

/** Forgets all one account had on screen, its open batch too (main wipes the batch's passes): at sign-out and switch. */
export const clearAccount = (): void => {
  clearWorkspace();
  resetBulk();
};
