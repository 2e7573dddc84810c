import { describe, expect, it } from 'vitest';
import { renderSlip, type SlipModel } from '../../../../../src/main/handoff/slip/slip-html';
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

const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('printed slip', () => {
  it('carries the person, the pass in groups, the validity, the one-time note, the steps and the contact', () => {
    const html = renderSlip(model(), 'UTC');
    const words = text(html);
    expect(words).toContain('Lena Fischer');
    expect(words).toContain('lena.fischer@contoso.com');
    expect(html).toContain('<span class="group">Kq7#</span><span class="group">mP0x</span>');
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
    const html = renderSlip(model({ displayName: '<img src=x onerror=alert(1)>', tenantName: 'A&B "Corp"' }), 'UTC');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('A&amp;B &quot;Corp&quot;');
  });

  it('is drawn in the tenant’s colour', () => {
    expect(renderSlip(model(), 'UTC')).toContain('border-bottom: 2px solid #C50F1F');
  });

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
