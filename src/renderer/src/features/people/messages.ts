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
  resultsCountOfTotal: '{shown, number} of {total, plural, one {# person found} other {# people found}} for {query}.',
  resultsCountSoFar: '{count, plural, one {# person shown} other {# people shown}} for {query}; more match.',
  resultsShown: '{count, plural, one {# person found} other {# people found}}',
  resultsShownOfTotal: '{shown, number} of {total, plural, one {# person found} other {# people found}}',
  resultsShownSoFar: '{count, plural, one {# person shown} other {# people shown}}; more match',
  manyMatches: 'Many people match: type more of the name, or the sign-in name.',
  showMore: 'Show more',
  loadingMore: 'Loading more people',
  disabledBadge: 'Disabled',
  guestBadge: 'Guest',
});
