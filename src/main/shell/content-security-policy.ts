import { randomBytes } from 'node:crypto';

/**
 * Stands in the built index.html (Vite's `html.cspNonce`) wherever a nonce belongs; every response of the page
 * replaces it with a fresh one.
 */
export const CSP_NONCE_PLACEHOLDER = 'TAPDESK_CSP_NONCE';

/** 128 random bits, as the CSP specification asks of a nonce. */
export const newNonce = (): string => randomBytes(16).toString('base64');

/**
 * The page's policy. Scripts come only from the package; styles from the package or from style elements carrying
 * this response's nonce, which Fluent UI's style engine (Griffel) puts on every element it inserts
 * (`createDOMRenderer(document, { styleElementAttributes: { nonce } })`). Images may be data: URLs (QR codes,
 * the tenant's logo); nothing may be framed, posted or fetched elsewhere.
 */
export const contentSecurityPolicy = (nonce: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The development server's pages only (never packaged): Vite injects styles and its refresh preamble inline, so
 * styles may be inline there.
 */
export const DEV_SERVER_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
