import { defineMessages } from '../../ui/i18n/define-messages';

export const peopleMessages = defineMessages('people', {
  panelTitle: 'Search',
  searchLabel: 'Find a person',
  searchHint: 'Name or sign-in name. Arrow keys pick, Enter selects, Ctrl+F returns here.',
  searching: 'Searching',
  tryAgain: 'Try again',
  noResults: 'No one found for “{query}”.',
  resultsLabel: 'Search results',
  resultsCount: '{count, plural, =0 {No one found for {query}.} one {# person found for {query}.} other {# people found for {query}.}}',
  disabledBadge: 'Disabled',
  guestBadge: 'Guest',
});
