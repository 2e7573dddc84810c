import type { Sender } from './router';

/**
 * Only the main frame of our own renderer document may call main: the packaged file, or the dev
 * server's origin while developing.
 */
export const trustedSender = (rendererUrl: string) => {
  const trusted = new URL(rendererUrl);
  return (sender: Sender): boolean => {
    if (!sender.isMainFrame) return false;
    let url: URL;
    try {
      url = new URL(sender.url);
    } catch {
      return false;
    }
    if (trusted.protocol === 'file:') return url.protocol === 'file:' && url.pathname === trusted.pathname;
    return url.origin === trusted.origin;
  };
};
