import { useJournalStore } from './journal-store';
import { useJournalViewStore } from './journal-view-store';
import { useReportStore } from './report-store';
import { useTenantStore } from './tenant-store';

/**
 * Forgets one account's journal when another signs in; acts the journal could not record stay on screen, since
 * they are this machine's journal's gaps whoever is signed in.
 */
export const clearJournal = (): void => {
  useJournalViewStore.getState().close();
  useJournalStore.getState().clear();
  useTenantStore.getState().clear();
  useReportStore.getState().clear();
};
