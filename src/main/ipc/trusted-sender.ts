import { sameSchemeAndHost } from '../shell';
import type { Sender } from './router';

/**
 * Only the main frame of our own renderer document may call main: the app scheme's host when packaged, or
 * the dev server's while developing. Scheme and host are compared, never `URL.origin`, which is the same
 * opaque "null" for every address of a non-special scheme such as `app:`.
 */
export const trustedSender =
  (rendererUrl: string) =>
  (sender: Sender): boolean =>
    sender.isMainFrame && sameSchemeAndHost(sender.url, rendererUrl);
