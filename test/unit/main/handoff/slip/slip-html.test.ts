import { describe, expect, it } from 'vitest';
import { passHtml, renderSheet, renderSlip, slipFonts, userPrincipalNameHtml, type SlipModel } from '../../../../../src/main/handoff/slip/slip-html';
import { slipLanguage } from '../../../../../src/main/handoff/slip/slip-text';
import { languageCandidates } from '../../../../../src/main/settings/language-choice';
import { unescapeHtml } from '../../../../support/unescape-html';

const model = (extra: Partial<SlipModel> = {}): SlipModel => ({
  language: 'en',
  tenantName: 'Contoso',
  accentColor: '#C50F1F',
  displayName: 'Lena Fischer',
  userPrincipalName: 'lena.fischer@contoso.com',
  pass: 'Kq7#mP0x',
  startsAt: new Date('2030-05-01T09:00:00Z'),
  expiresAt: new Date('2030-05-01T10:00:00Z'),
  isUsableOnce: true,
  securityInfoUrl: 'https://mysignins.microsoft.com/security-info?login_hint=lena.fischer%40contoso.com',
  passQr: 'data:image/png;base64,AAAA',
  registerQr: 'data:image/png;base64,BBBB',
  serviceDesk: 'IT Service Desk, +49 30 1234 5678',
  ...extra,
});

/** The words a reader sees: inline markup (pieces, groups, break points) joins, block markup separates. */
const text = (html: string) =>
  unescapeHtml(
    html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<\/?span[^>]*>|<wbr>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );

/** The inner HTML of the first element with this class. */
const inner = (html: string, className: string) => new RegExp(`class="${className}">(.*?)</(?:dd|div|p)>`, 's').exec(html)?.[1] ?? '';

/** A rule of the slip's style sheet, by its selector. */
const rule = (html: string, selector: string) => new RegExp(`\\n\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`).exec(html)?.[1] ?? '';

describe('printed slip', () => {
  it('carries the person, the pass, the validity, the one-time note, the steps and the contact', () => {
    const html = renderSlip(model(), 'UTC');
    const words = text(html);
    expect(words).toContain('Lena Fischer');
    expect(words).toContain('lena.fischer@contoso.com');
    expect(words).toContain('Kq7#mP0x');
    expect(words).toContain('Wednesday, May 1, 2030 at 9:00 AM');
    expect(words).toContain('within 10 minutes of signing in');
    expect(html.match(/<li>/g)).toHaveLength(4);
    expect(words).toContain('Questions? Contact IT Service Desk, +49 30 1234 5678');
    expect(unescapeHtml(html)).toContain('src="data:image/png;base64,AAAA"');
  });

  it('is written in the person’s language and dates follow it', () => {
    const words = text(renderSlip(model({ language: 'de', isUsableOnce: false }), 'Europe/Berlin'));
    expect(words).toContain('Ihr befristeter Zugriffspass');
    expect(words).toContain('Mittwoch, 1. Mai 2030 um 11:00');
    expect(words).toContain('für mehrere Anmeldungen');
  });

  it('escapes everything that comes from the directory', () => {
    const html = renderSlip(model({ displayName: '<img src=x onerror=alert(1)>', tenantName: 'A&B "Corp"', userPrincipalName: '<b>x</b>@contoso.com' }), 'UTC');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('A&amp;B &quot;Corp&quot;');
  });

  it('is drawn in the tenant’s colour', () => {
    expect(renderSlip(model(), 'UTC')).toContain('border-bottom: 2px solid #C50F1F');
  });

  it('leaves the paper size to the printer: the PDF asks for A5, a print takes the paper in the tray', () => {
    const page = rule(renderSlip(model(), 'UTC'), '@page');
    expect(page).toContain('margin');
    expect(page).not.toContain('size');
  });
});

describe('the sign-in name on the slip', () => {
  it('may break only after @ and dots', () => {
    expect(userPrincipalNameHtml('tapdesk.demo-user@tapdeskdemo.onmicrosoft.com')).toBe(
      '<span>tapdesk.</span><wbr><span>demo-user@</span><wbr><span>tapdeskdemo.</span><wbr><span>onmicrosoft.</span><wbr><span>com</span>',
    );
    const html = renderSlip(model({ userPrincipalName: 'lena.fischer@contoso.com' }), 'UTC');
    expect(inner(html, 'upn')).toBe('<span>lena.</span><wbr><span>fischer@</span><wbr><span>contoso.</span><wbr><span>com</span>');
  });

  it('keeps each piece whole: no break inside a word, at a hyphen or anywhere the text would allow', () => {
    const html = renderSlip(model(), 'UTC');
    expect(rule(html, '.upn, .url')).toMatch(/overflow-wrap: normal;\s*word-break: keep-all;/);
    expect(rule(html, '.upn > span, .url > span')).toContain('white-space: nowrap');
    expect(rule(html, '.name')).toContain('overflow-wrap: anywhere');
  });

  it('escapes each piece, the break points being the only markup added', () => {
    expect(userPrincipalNameHtml('a&b<c>.x@y.z')).toBe('<span>a&amp;b&lt;c&gt;.</span><wbr><span>x@</span><wbr><span>y.</span><wbr><span>z</span>');
    expect(unescapeHtml(userPrincipalNameHtml('a&b<c>.x@y.z').replace(/<\/?span>|<wbr>/g, ''))).toBe('a&b<c>.x@y.z');
  });
});

describe('the pass on the slip', () => {
  const passes = ['Kq7#mP0x', 'Kq7#mP0xW2$zRt9!Lb4&Hn6@Vc8%Qs3*Jd5+Xf1=Gw7?Yp2<', 'a b-c', 'abc'];

  it.each(passes)('reads as %s with nothing between its groups but markup', (pass) => {
    const markup = inner(renderSlip(model({ pass }), 'UTC'), 'pass');
    expect(markup).toBe(passHtml(pass));
    const between = markup.replace(/<span class="group">[^<]*<\/span>/g, '');
    expect(between).toMatch(/^(<wbr>)*$/);
    expect(unescapeHtml(markup.replace(/<[^>]+>/g, ''))).toBe(pass);
  });

  it('is grouped in fours by shading and rules only, and stays big and monospaced', () => {
    const html = renderSlip(model(), 'UTC');
    expect(inner(html, 'pass')).toBe('<span class="group">Kq7#</span><wbr><span class="group">mP0x</span>');
    expect(rule(html, '.group')).not.toMatch(/margin|padding|letter-spacing/);
    expect(rule(html, '.group:nth-of-type(even)')).toMatch(/background: #[0-9a-f]{6};\s*border-inline: 1px solid #000;/);
    const font = /font: \d+ (\d+)pt\/[\d.]+ ([^;]*);/.exec(rule(html, '.pass'));
    expect(Number(font?.[1])).toBeGreaterThanOrEqual(18);
    expect(font?.[2]).toMatch(/monospace$/);
    expect(rule(html, '.pass')).not.toContain('letter-spacing');
  });
});

describe('the slip’s fonts', () => {
  it('lists faces with Japanese, Chinese and Korean glyphs before the generic ones, for any language', () => {
    for (const face of ['"Noto Sans CJK JP"', '"Yu Gothic"', '"Meiryo"', '"Hiragino Sans"', '"Microsoft YaHei"', '"PingFang SC"', '"Malgun Gothic"']) {
      expect(slipFonts).toContain(face);
      expect(slipFonts.indexOf(face)).toBeLessThan(slipFonts.indexOf('sans-serif'));
    }
    for (const language of ['en', 'ja']) expect(rule(renderSlip(model({ language }), 'UTC'), 'body')).toContain(slipFonts);
  });
});

describe('the slip’s words', () => {
  it('picks the first language it is written in, else English', () => {
    expect(slipLanguage(['de-AT', 'en'])).toBe('de');
    expect(slipLanguage(['nl-NL', 'ja', 'en'])).toBe('ja');
    expect(slipLanguage(['nl-NL', 'sv'])).toBe('en');
  });

  it('tries the person’s language, then their country’s, then the tenant default', () => {
    const languages = { defaultLanguage: 'fr', byUsageLocation: { AT: 'de' } };
    expect(languageCandidates({ preferredLanguage: 'ja-JP', usageLocation: 'AT' }, languages)).toEqual(['ja-JP', 'de', 'fr']);
    expect(languageCandidates({ preferredLanguage: null, usageLocation: 'at' }, languages)).toEqual(['de', 'fr']);
    expect(languageCandidates({ preferredLanguage: null, usageLocation: 'US' }, languages)).toEqual(['fr']);
  });
});

describe('a cohort’s sheet', () => {
  it('puts each person on a page of their own, in their own language, in one document in the tenant’s colour', () => {
    const html = renderSheet(
      [model({ displayName: 'Lena Fischer', language: 'de', pass: 'AAAA1111' }), model({ displayName: 'Jean Martin', language: 'fr', pass: 'BBBB2222' }), model({ pass: 'CCCC3333' })],
      { language: 'en', accentColor: '#107C10' },
      'UTC',
    );
    const pages = html.split('<section class="slip"').slice(1);
    expect(pages.map((page) => /^ lang="([^"]+)"/.exec(page)?.[1])).toEqual(['de', 'fr', 'en']);
    expect(text(pages[0]!)).toContain('Ihr befristeter Zugriffspass');
    expect(text(pages[1]!)).toContain('Jean Martin');
    expect(pages.map((page) => text(page).match(/[A-Z]{4}[0-9]{4}/)?.[0])).toEqual(['AAAA1111', 'BBBB2222', 'CCCC3333']);
    expect(rule(html, '.slip + .slip')).toContain('break-before: page');
    expect(html.match(/<html /g)).toHaveLength(1);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('border-bottom: 2px solid #107C10');
  });
});
