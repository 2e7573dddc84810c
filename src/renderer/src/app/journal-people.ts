import { useMemo } from 'react';
import type { JournalPerson, UserSummary } from '../../../shared';
import { useSelectionStore } from '../features/issuing';
import { peopleOf, useJournalStore } from '../features/journal';
import { useSettingsPageStore } from '../features/settings';

/** A person the journal names, as the search would list them: the card reads the rest from the directory. */
const summaryOf = (person: JournalPerson): UserSummary => ({
  id: person.id,
  displayName: person.displayName,
  userPrincipalName: person.userPrincipalName,
  mail: null,
  jobTitle: null,
  department: null,
  accountEnabled: null,
  userType: null,
});

/** Today's people at this desk, newest first, for the search box's "Recent today" list. */
export const useRecentPeople = (): UserSummary[] => {
  const entries = useJournalStore((state) => state.entries);
  return useMemo(() => peopleOf(entries).map(summaryOf), [entries]);
};

/** Opens the person's card as picking them in the search does, leaving the settings page first if it is open. */
export const openCard = (person: JournalPerson): void =>
  useSettingsPageStore.getState().leave(() => void useSelectionStore.getState().select(summaryOf(person)));

/** A pass revoked from the journal may be the one the open card shows: the card reads the person again. */
export const rereadCard = (userId: string): void => {
  const { context, retry } = useSelectionStore.getState();
  if (context?.user.id === userId) void retry();
};

export const refreshRecentPeople = (): void => void useJournalStore.getState().loadToday();
