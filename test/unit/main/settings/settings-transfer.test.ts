import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogoStore } from '../../../../src/main/settings/logo-store';
import { exportSettings, readImport, reviewImport, settingsChanges } from '../../../../src/main/settings/settings-transfer';
import { chooseLanguage } from '../../../../src/main/settings/language-choice';
import { addressing } from '../../../../src/main/notify/recipients';
import { defaultTenantSettings } from '../../../../src/shared';
import { AppFailure } from '../../../../src/main/app-failure';
import { dataUrlOf, gif, png as pngOf } from '../../../support/logo-images';

const png = Buffer.from(pngOf(1, 1));
const dataUrl = (bytes: Buffer, mime = 'image/png') => `data:${mime};base64,${bytes.toString('base64')}`;

describe('export and import of tenant settings', () => {
  it('round-trips settings, templates and the logo, and lists exactly what an import changes', () => {
    const settings = defaultTenantSettings();
    settings.serviceDesk.phone = '+49 30 1234';
    settings.notifications.templates.fr = { subject: 'Avis de sécurité', html: '<p>Bonjour {{displayName}}</p>' };
    const read = readImport(exportSettings(settings, dataUrl(png)));
    expect(read).toEqual({ ok: true, settings: { ...settings, branding: { ...settings.branding, logoFile: null } }, logoDataUrl: dataUrl(png) });
    expect(settingsChanges(defaultTenantSettings(), settings)).toEqual([
      { path: 'serviceDesk.phone', before: '', after: '+49 30 1234' },
      { path: 'notifications.templates.fr.subject', before: null, after: 'Avis de sécurité' },
      { path: 'notifications.templates.fr.html', before: null, after: '<p>Bonjour {{displayName}}</p>' },
    ]);
  });

  it('reads an export of an older version through the migrations', () => {
    const { notifications: _n, ...v1 } = { ...defaultTenantSettings(), version: 1 };
    const read = readImport(JSON.stringify({ format: 'tapdesk.tenant-settings', settings: { ...v1, branding: { displayName: 'Old', accentColor: '#000000' } } }));
    expect(read.ok && read.settings.branding.displayName).toBe('Old');
    expect(read.ok && read.settings.version).toBe(4);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another JSON file', '{"name":"package"}', /not a TAP Desk tenant settings export/],
    ['a bad template', JSON.stringify({ format: 'tapdesk.tenant-settings', settings: { notifications: { templates: { de: { subject: '{{#x}}', html: 'y' } } } } }), /templates\.de\.subject: unclosed_section \{"section":"x"/],
  ])('refuses %s with the reason and without changing anything', (_name, text, reason) => {
    const read = readImport(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });

  it('refuses an unreadable file with a reason code for the screen and the parser’s words as detail', () => {
    const refusal = (() => {
      try {
        reviewImport(defaultTenantSettings(), '{oops', () => 'never.png');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(AppFailure);
    expect((refusal as AppFailure).error).toMatchObject({ code: 'validation', reason: 'import_unreadable', detail: expect.stringMatching(/^The file is not JSON: /) });
  });

  it('refuses a file that allows the pass in mails unless this tenant has acknowledged it', () => {
    const allowing = defaultTenantSettings();
    allowing.notifications.passInMail = { enabled: true, acknowledged: true };
    const file = exportSettings(allowing, null);
    expect(() => reviewImport(defaultTenantSettings(), file, () => 'never.png')).toThrow(
      expect.objectContaining({ error: expect.objectContaining({ reason: 'import_allows_pass_in_mail' }) }),
    );
    expect(reviewImport(allowing, file, () => 'never.png').changes).toEqual([]);
  });

  it('marks the logo’s row with codes: a logo, or why the file’s logo was skipped', () => {
    const logos = new LogoStore(join(mkdtempSync(join(tmpdir(), 'tapdesk-logo-')), 'logos'));
    const hold = (url: string) => logos.hold('contoso', url).file;
    const withLogo = reviewImport(defaultTenantSettings(), exportSettings(defaultTenantSettings(), dataUrl(png)), hold);
    expect(withLogo.changes).toEqual([{ path: 'branding.logo', before: null, after: 'present' }]);
    const tooLarge = exportSettings(defaultTenantSettings(), dataUrl(Buffer.concat([png, Buffer.alloc(600 * 1024)])));
    expect(reviewImport(defaultTenantSettings(), tooLarge, hold).changes).toEqual([{ path: 'branding.logo', before: null, after: 'logo_too_large' }]);
    const huge = exportSettings(defaultTenantSettings(), dataUrlOf(gif(20000, 20000), 'image/gif'));
    expect(reviewImport(defaultTenantSettings(), huge, hold).changes).toEqual([{ path: 'branding.logo', before: null, after: 'logo_too_many_pixels' }]);
  });
});

describe('choosing the language of a notice', () => {
  const languages = defaultTenantSettings().languages;
  it.each([
    ['their preferred language, served by its base template', { preferredLanguage: 'de-AT', usageLocation: 'FR' }, ['en', 'de', 'fr'], { language: 'de', source: 'preferredLanguage' }],
    ['an exact regional template first', { preferredLanguage: 'pt-BR', usageLocation: null }, ['pt', 'pt-BR'], { language: 'pt-BR', source: 'preferredLanguage' }],
    ['the usage location when nothing matches their preference', { preferredLanguage: 'ja', usageLocation: 'CH' }, ['en', 'de'], { language: 'de', source: 'usageLocation' }],
    ['the tenant default next', { preferredLanguage: null, usageLocation: 'US' }, ['de', 'en'], { language: 'en', source: 'tenantDefault' }],
    ['any template as the last resort', { preferredLanguage: null, usageLocation: null }, ['fr'], { language: 'fr', source: 'fallback' }],
  ])('takes %s', (_name, person, available, choice) => {
    expect(chooseLanguage(person, languages, available)).toEqual(choice);
  });
});

describe('addressing a notice', () => {
  const person = { name: 'Lena Fischer', address: 'lena@contoso.com' };
  const manager = { name: 'Claudia Neumann', address: 'claudia@contoso.com' };
  const facts = { person, personAddresses: ['lena@contoso.com', 'lena.fischer@contoso.com'], manager, containsPass: false };

  it('sends to the ticked people, copies the rest once, and needs someone', () => {
    expect(addressing({ user: true, manager: true, cc: ['IT@contoso.com', 'it@contoso.com', 'Claudia@contoso.com'] }, facts)).toEqual({
      to: [person, manager],
      cc: [{ name: 'IT@contoso.com', address: 'IT@contoso.com' }],
      blockers: [],
    });
    expect(addressing({ user: false, manager: false, cc: [] }, facts).blockers).toEqual([{ code: 'no_recipient' }]);
  });

  it('never lets a mail with the pass reach the person’s own mailbox, under any of their addresses', () => {
    expect(addressing({ user: false, manager: true, cc: [] }, { ...facts, containsPass: true }).blockers).toEqual([]);
    expect(addressing({ user: true, manager: true, cc: [] }, { ...facts, containsPass: true }).blockers).toEqual([{ code: 'pass_to_own_mailbox', address: 'lena@contoso.com' }]);
    expect(addressing({ user: false, manager: false, cc: ['Lena.Fischer@contoso.com'] }, { ...facts, containsPass: true }).blockers).toHaveLength(1);
  });
});
