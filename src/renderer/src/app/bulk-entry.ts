import type { JournalPerson } from '../../../shared';
import { useBulkStore } from '../features/bulk';
import { useSettingsPageStore } from '../features/settings';
import { clearHandoff } from './clear-workspace';
import { openCard, refreshRecentPeople } from './journal-people';

/** Shows or leaves the bulk screen; from the settings page, which covers it, it shows it once the page is left. */
export const toggleBulk = (): void => {
  const covered = useSettingsPageStore.getState().profileId !== null;
  useSettingsPageStore.getState().leave(() => (covered ? useBulkStore.getState().show() : useBulkStore.getState().toggle()));
};

/** Opens a person's card in the single flow, which the bulk screen leaves room for; a batch stays open meanwhile. */
export const openCardInSingleFlow = (person: JournalPerson): void => {
  useBulkStore.getState().hide();
  openCard(person);
};

/** Next person after a pass from the desk queue: the pass is forgotten and the queue is back, ready for the next name. */
export const backToQueue = (): void => {
  clearHandoff();
  useBulkStore.getState().returnToQueue();
  refreshRecentPeople();
};
