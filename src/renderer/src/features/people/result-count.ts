import type { Message } from '../../ui/i18n/define-messages';
import { translate } from '../../ui/i18n/translate';
import { peopleMessages as m } from './messages';

/** Above this many matches, picking from the list is slower than typing more of the name. */
export const MANY_MATCHES = 50;

export interface ResultCount {
  /** People in the list now. */
  shown: number;
  /** How many match in all, when the directory counted them. */
  total: number | null;
  /** The directory holds more than the list shows. */
  more: boolean;
}

type Worded = readonly [Message, Record<string, string | number>];

/** The count under the box: "15 of 500 people found", or "3 people found" once all are listed. */
export const countLine = ({ shown, total, more }: ResultCount): Worded => {
  if (!more) return [m.resultsShown, { count: shown }];
  if (total !== null && total > shown) return [m.resultsShownOfTotal, { shown, total }];
  return [m.resultsShownSoFar, { count: shown }];
};

export const manyMatch = ({ shown, total }: ResultCount): boolean => (total ?? shown) > MANY_MATCHES;

export const shownCount = (count: ResultCount): string => translate(...countLine(count));

/** What a screen reader hears when results arrive: the count for the query, and the hint when many match. */
export const countAnnouncement = (count: ResultCount, query: string): string => {
  const { shown, total, more } = count;
  const sentence = !more
    ? translate(m.resultsCount, { count: shown, query })
    : total !== null && total > shown
      ? translate(m.resultsCountOfTotal, { shown, total, query })
      : translate(m.resultsCountSoFar, { count: shown, query });
  return manyMatch(count) ? `${sentence} ${translate(m.manyMatches)}` : sentence;
};
