import { describe, expect, it } from 'vitest';
import { mailFrameDocument } from '../../../src/renderer/src/ui/mail-frame-document';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the mail preview frame document', () => {
  const mail = '<p style="color: rgb(200, 0, 0); font-weight: bold">Hallo Adele</p><style>p { margin: 0 }</style><p>Ihr Team</p>';

  it('carries no style attribute, so the page policy lets the frame keep the mail’s look', () => {
    const doc = parse(mailFrameDocument(mail, 'n0nce'));
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    const styled = doc.querySelector('[data-mail-style]')!;
    expect(styled.textContent).toBe('Hallo Adele');
    const rules = [...doc.querySelectorAll('style')].map((element) => element.textContent).join('\n');
    const key = styled.getAttribute('data-mail-style');
    expect(rules).toMatch(new RegExp(`\\[data-mail-style="${key}"\\]\\{color:\\s*rgb\\(200, 0, 0\\) !important;font-weight:\\s*bold !important\\}`));
  });

  it('gives every style element, the mail’s own included, the page nonce', () => {
    const doc = parse(mailFrameDocument(mail, 'n0nce'));
    const sheets = [...doc.querySelectorAll('style')];
    expect(sheets.length).toBe(2);
    expect(sheets.every((sheet) => sheet.getAttribute('nonce') === 'n0nce')).toBe(true);
  });

  it('keeps the mail text as written, marked as not to be translated', () => {
    const doc = parse(mailFrameDocument(mail, 'n0nce'));
    expect(doc.documentElement.getAttribute('translate')).toBe('no');
    expect(doc.body.textContent).toContain('Ihr Team');
  });

  it('cannot be made to close its style element from a style value', () => {
    const html = mailFrameDocument('<p style="font-family: \'</style><p>x\'">a</p>', 'n0nce');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});
