/**
 * The packaged renderer's own origin. A custom standard, secure scheme gives the app a real origin (unlike
 * `file://`, whose origin is opaque and whose pages may read any local file) that no web page can share.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tap-desk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Scheme and host of an address, compared as written. `URL.origin` cannot be used: for a non-special scheme
 * such as `app:` the WHATWG URL parser gives every address the same opaque origin "null".
 */
export const sameSchemeAndHost = (url: string, home: string): boolean => {
  try {
    const candidate = new URL(url);
    const expected = new URL(home);
    return candidate.protocol === expected.protocol && candidate.host === expected.host && candidate.host !== '';
  } catch {
    return false;
  }
};
