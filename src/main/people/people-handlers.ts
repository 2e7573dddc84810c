import type { peopleChannels } from '../../shared';
import type { ActiveGraph } from '../accounts';
import type { HandlersFor } from '../ipc/router';

/** One page of matches: enough to pick from at a desk; a longer list means the name should be typed further. */
const SEARCH_PAGE = 15;

export const peopleHandlers = (graph: () => Promise<ActiveGraph>): HandlersFor<typeof peopleChannels> => ({
  'users:search': async ({ query, top }) => ({ users: await (await graph()).api.searchUsers(query, top ?? SEARCH_PAGE) }),
});
