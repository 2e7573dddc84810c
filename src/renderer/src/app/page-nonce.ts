/**
 * The nonce this page's Content-Security-Policy admits style elements with, from the `csp-nonce` meta element
 * the page was served with. Read through the `nonce` property: browsers hide the attribute once the page has
 * loaded, so that styles cannot leak it.
 */
export const pageNonce = (doc: Document = document): string | undefined =>
  doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
