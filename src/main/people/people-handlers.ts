import type { peopleChannels } from '../../shared';
import type { ActiveGraph } from '../accounts';
import type { HandlersFor } from '../ipc/router';
import { PeopleSearch } from './people-search';

/** One page of matches: enough to pick from at a desk; a longer list means the name should be typed further. */
const SEARCH_PAGE = 15;

export const peopleHandlers = (graph: () => Promise<ActiveGraph>): HandlersFor<typeof peopleChannels> => {
  const search = new PeopleSearch(graph);
  return {
    'users:search': ({ query, top, more }) => (more === undefined ? search.first(query, top ?? SEARCH_PAGE) : search.next(query, more)),
  };
};
