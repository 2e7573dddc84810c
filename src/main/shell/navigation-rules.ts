import { sameSchemeAndHost } from './app-origin';

/** One navigation a window's page or one of its frames is about to make, as Electron reports it. */
export interface Navigation {
  url: string;
  isMainFrame: boolean;
}

/** What a window may show: every other navigation, redirect and frame load is cancelled. */
export type NavigationRule = (navigation: Navigation) => boolean;

/**
 * The app window: its own document in the main frame (reloads included), and in frames only the mail preview's
 * `about:srcdoc` document, whose HTML the page supplies itself and whose sandbox runs no script.
 */
export const appWindowRule =
  (home: string): NavigationRule =>
  ({ url, isMainFrame }) =>
    isMainFrame ? sameSchemeAndHost(url, home) : url === 'about:srcdoc';

/**
 * The demo sign-in window: the emulator's sign-in pages, and the form post to the loopback address this very
 * sign-in listens on (read from the authorize request's `redirect_uri`), in the main frame only.
 */
export const signInWindowRule = (authorizeUrl: string): NavigationRule => {
  const authority = new URL(authorizeUrl);
  const redirect = authority.searchParams.get('redirect_uri');
  return ({ url, isMainFrame }) => {
    if (!isMainFrame) return false;
    if (authority.protocol === 'https:' && sameSchemeAndHost(url, authority.href)) return true;
    return redirect !== null && sameSchemeAndHost(url, redirect) && new URL(redirect).hostname === '127.0.0.1';
  };
};

/** The slip window prints the one document main gave it and goes nowhere. */
export const slipWindowRule: NavigationRule = () => false;
