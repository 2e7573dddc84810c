/**
 * The next-page URL to request for a link Graph returned (https://learn.microsoft.com/graph/paging), or null when
 * the link is not this cloud's `path` (e.g. `/v1.0/users`). The request is rebuilt from the account's own origin
 * and the fixed path, keeping only the link's query, so no difference between how two parsers read a URL can send
 * the account's token elsewhere.
 */
export const ownPageUrl = (nextLink: string, graphHost: string, path: string): string | null => {
  let link: URL;
  let own: URL;
  try {
    link = new URL(nextLink);
    own = new URL(graphHost);
  } catch {
    return null;
  }
  const sameEndpoint =
    link.protocol === 'https:' && link.origin === own.origin && link.username === '' && link.password === '' && link.hash === '' && link.pathname.toLowerCase() === path.toLowerCase();
  return sameEndpoint && link.search !== '' ? `${own.origin}${path}${link.search}` : null;
};
