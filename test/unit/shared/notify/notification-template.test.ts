import { describe, expect, it } from 'vitest';
import {
  defaultNotificationTemplates,
  passWording,
  renderNotification,
  templateProblems,
  usesPass,
  type NotificationValues,
} from '../../../../src/shared';

const startsAt = new Date('2026-11-23T09:00:00Z');
const values = (locale: string, overrides: Partial<NotificationValues> = {}): NotificationValues => ({
  displayName: 'Lena Fischer',
  userPrincipalName: 'lena.fischer@contoso.example',
  ...passWording({ startsAt, lifetimeInMinutes: 480, isUsableOnce: true }, locale, 'Europe/Berlin'),
  technicianName: 'Alex Wilber',
  tenantName: 'Contoso',
  serviceDesk: { name: 'Contoso IT', email: 'it@contoso.example', phone: '+49 30 1234', portalUrl: 'https://it.contoso.example' },
  ...overrides,
});
const templates = defaultNotificationTemplates();

describe('rendering the shipped templates', () => {
  it('words the German notice with German dates, lifetime and service desk', () => {
    const mail = renderNotification(templates.de!, values('de'));
    expect(mail.subject).toBe('Sicherheitshinweis: Für Ihr Konto wurde ein befristeter Zugriffspass erstellt');
    expect(mail.html).toContain('Hallo Lena Fischer,');
    expect(mail.html).toContain('Der Pass gilt von Montag, 23. November 2026 um 10:00 MEZ bis Montag, 23. November 2026 um 18:00 MEZ (8 Stunden) und nur für eine einzige Anmeldung.');
    expect(mail.html).toContain('Telefon: +49 30 1234');
    expect(mail.html).toContain('<a href="mailto:it@contoso.example">it@contoso.example</a>');
    expect(mail.html).toContain('wenden Sie sich bitte sofort an den Service Desk');
  });

  it('words the English notice in English and leaves out what the tenant has not set', () => {
    const mail = renderNotification(templates.en!, values('en', { oneTime: false, serviceDesk: { name: 'Contoso IT', email: '', phone: '', portalUrl: '' } }));
    expect(mail.html).toContain('valid from Monday, November 23, 2026 at 10:00 AM GMT+1 until Monday, November 23, 2026 at 6:00 PM GMT+1 (8 hours).');
    expect(mail.html).not.toContain('one sign-in only');
    expect(mail.html).toContain('<strong>Contoso IT</strong>');
    expect(mail.html).not.toMatch(/Phone|E-mail:|Portal:/);
    expect(usesPass(templates.en!) || usesPass(templates.de!)).toBe(false);
  });

  it('escapes every value in the body as HTML but keeps the subject plain text', () => {
    const template = { subject: 'For {{displayName}}', html: '<p>{{displayName}}</p><a href="{{serviceDesk.portalUrl}}">x</a>' };
    const mail = renderNotification(template, values('en', { displayName: '<img src=x onerror=alert(1)> & "Tom"', serviceDesk: { name: '', email: '', phone: '', portalUrl: 'javascript:"><script>' } }));
    expect(mail.html).toBe('<p>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; &quot;Tom&quot;</p><a href="javascript:&quot;&gt;&lt;script&gt;">x</a>');
    expect(mail.subject).toBe('For <img src=x onerror=alert(1)> & "Tom"');
  });

  it('words durations per language', () => {
    expect(passWording({ startsAt, lifetimeInMinutes: 1500, isUsableOnce: false }, 'en').lifetime).toBe('1 day, 1 hour');
    expect(passWording({ startsAt, lifetimeInMinutes: 1500, isUsableOnce: false }, 'de').lifetime).toBe('1 Tag, 1 Stunde');
    expect(passWording({ startsAt, lifetimeInMinutes: 90, isUsableOnce: false }, 'fr').lifetime).toMatch(/^1\sheure et 30\sminutes$/);
  });
});

describe('checking a template before it can be saved', () => {
  const rules = { passAllowed: false };

  it('accepts the shipped templates', () => {
    for (const template of Object.values(templates)) expect(templateProblems(template, rules)).toEqual([]);
  });

  it('reports syntax errors as codes with line and column', () => {
    expect(templateProblems({ subject: 'Hi', html: '<p>\n{{#oneTime}}once' }, rules)).toEqual([
      { field: 'html', code: 'unclosed_section', section: 'oneTime', line: 2, column: 17 },
    ]);
    expect(templateProblems({ subject: 'Hi {{displayName', html: 'x' }, rules)).toEqual([{ field: 'subject', code: 'unclosed_tag', line: 1, column: 17 }]);
    expect(templateProblems({ subject: 'Hi', html: '{{/oneTime}}' }, rules)).toEqual([{ field: 'html', code: 'unopened_section', section: 'oneTime', line: 1, column: 1 }]);
  });

  it('reports unknown placeholders, also inside sections', () => {
    expect(templateProblems({ subject: 'Hi {{firstName}}', html: '{{#oneTime}}{{serviceDesk.fax}}{{/oneTime}}' }, rules)).toEqual([
      { field: 'subject', code: 'unknown_tag', tag: 'firstName', line: 1, column: 4 },
      { field: 'html', code: 'unknown_tag', tag: 'serviceDesk.fax', line: 1, column: 13 },
    ]);
  });

  it('refuses raw HTML output, partials, changed delimiters and empty parts', () => {
    expect(templateProblems({ subject: ' ', html: '{{{displayName}}} {{& tenantName}} {{> footer}} {{=<% %>=}}' }, rules)).toEqual([
      { field: 'subject', code: 'required' },
      { field: 'html', code: 'raw_html', tag: 'displayName', line: 1, column: 1 },
      { field: 'html', code: 'raw_html', tag: 'tenantName', line: 1, column: 19 },
      { field: 'html', code: 'partial', tag: 'footer', line: 1, column: 36 },
      { field: 'html', code: 'delimiters', line: 1, column: 49 },
    ]);
  });

  it('allows {{pass}} in the body only when the tenant has enabled it, and never in the subject', () => {
    const template = { subject: 'Pass for {{displayName}}', html: '<p>{{#oneTime}}<b>{{pass}}</b>{{/oneTime}}</p>' };
    expect(usesPass(template)).toBe(true);
    expect(templateProblems(template, { passAllowed: false })).toEqual([{ field: 'html', code: 'pass_not_allowed', line: 1, column: 19 }]);
    expect(templateProblems(template, { passAllowed: true })).toEqual([]);
    expect(templateProblems({ subject: '{{pass}}', html: 'x' }, { passAllowed: true })).toEqual([{ field: 'subject', code: 'pass_in_subject', line: 1, column: 1 }]);
  });
});
