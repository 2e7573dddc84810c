import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogoStore } from '../../../../src/main/settings/logo-store';
import { exportSettings, readImport, reviewImport, settingsChanges } from '../../../../src/main/settings/settings-transfer';
import { chooseLanguage } from '../../../../src/main/settings/language-choice';
import { addressing } from '../../../../src/main/notify/recipients';
import { defaultTenantSettings } from '../../../../src/shared';
import { AppFailure } from '../../../../src/main/app-failure';

// The smallest valid PNG: signature, IHDR, IDAT, IEND.
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
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
    const copy = (url: string) => logos.add('contoso', url);
    const withLogo = reviewImport(defaultTenantSettings(), exportSettings(defaultTenantSettings(), dataUrl(png)), copy);
    expect(withLogo.changes).toEqual([{ path: 'branding.logo', before: null, after: 'present' }]);
    const tooLarge = exportSettings(defaultTenantSettings(), dataUrl(Buffer.concat([png, Buffer.alloc(600 * 1024)])));
    expect(reviewImport(defaultTenantSettings(), tooLarge, copy).changes).toEqual([{ path: 'branding.logo', before: null, after: 'logo_too_large' }]);
  });
});

describe('tenant logos', () => {
  const store = () => new LogoStore(join(mkdtempSync(join(tmpdir(), 'tapdesk-logo-')), 'logos'));

  it('copies a raster image by its bytes and serves it back as a data URL', () => {
    const logos = store();
    const file = logos.add('Contoso', dataUrl(png, 'application/octet-stream'));
    expect(file).toMatch(/^contoso-[0-9a-f]{16}\.png$/);
    expect(logos.dataUrl(file)).toBe(dataUrl(png));
    expect(logos.dataUrl('../secrets.png')).toBeNull();
    expect(logos.dataUrl('contoso-0000000000000000.png')).toBeNull();
  });

  it.each([
    ['an SVG, which can carry script', dataUrl(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'), 'logo_format'],
    ['a file over 512 KB', dataUrl(Buffer.concat([png, Buffer.alloc(600 * 1024)])), 'logo_too_large'],
    ['no data URL', 'https://contoso.com/logo.png', 'logo_unreadable'],
  ])('refuses %s with its reason', (_name, url, reason) => {
    expect(() => store().add('contoso', url)).toThrow(AppFailure);
    expect(() => store().add('contoso', url)).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'validation', reason }) }));
  });

  it('removes a profile’s logos that saved settings no longer use, and only that profile’s', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tapdesk-logo-')), 'logos');
    const logos = new LogoStore(dir);
    const old = logos.add('contoso', dataUrl(png));
    const other = logos.add('contoso-eu', dataUrl(png));
    const current = logos.add('contoso', dataUrl(Buffer.concat([png, Buffer.from([0])])));
    logos.prune('contoso', current);
    expect(readdirSync(dir).sort()).toEqual([current, other].sort());
    expect(readdirSync(dir)).not.toContain(old);
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
