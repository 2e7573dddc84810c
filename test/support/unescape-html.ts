/** What a browser makes of escaped text and attributes (Mustache also escapes / = and backtick). */
export const unescapeHtml = (html: string): string =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
