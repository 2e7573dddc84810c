import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../../src/shared';
import { migrateTenantSettings } from '../../../../src/main/settings/tenant-settings-migrations';

describe('tenant settings migrations', () => {
  it('lifts an unversioned, partial file to the current version, keeping what it says', () => {
    const result = migrateTenantSettings({ serviceDesk: { name: 'Contoso IT', phone: '+49 30 1234' }, defaults: { autoHideSeconds: 60 } });
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!result.ok) return;
    expect(result.settings.version).toBe(4);
    expect(result.settings.serviceDesk).toEqual({ name: 'Contoso IT', email: '', phone: '+49 30 1234', portalUrl: '' });
    expect(result.settings.defaults).toEqual({ ...defaultTenantSettings().defaults, autoHideSeconds: 60 });
  });

  it('gives a version 1 file the shipped templates, switched off, and keeps its language map as it was', () => {
    const { notifications: _notifications, ...current } = defaultTenantSettings();
    const v1 = {
      ...current,
      version: 1,
      branding: { displayName: 'Contoso', accentColor: '#107C10' },
      languages: { defaultLanguage: 'de', byUsageLocation: { NL: 'nl' } },
    };
    const result = migrateTenantSettings(v1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.settings.languages).toEqual({ defaultLanguage: 'de', byUsageLocation: { NL: 'nl' } });
    expect(result.settings.branding).toEqual({ displayName: 'Contoso', accentColor: '#107C10', logoFile: null });
    expect(result.settings.notifications).toEqual(defaultTenantSettings().notifications);
    expect(result.settings.notifications.enabled).toBe(false);
    expect(Object.keys(result.settings.notifications.templates)).toEqual(['en', 'de']);
  });

  it('gives a version 2 file the default journal retention and changes nothing else', () => {
    const { journal: _journal, bulk: _bulk, ...v2 } = { ...defaultTenantSettings(), version: 2, serviceDesk: { name: 'Contoso IT', email: '', phone: '', portalUrl: '' } };
    const result = migrateTenantSettings(v2);
    expect(result).toEqual({ ok: true, settings: { ...v2, version: 4, journal: { retentionMonths: 13 }, bulk: { holdMinutes: 240 } }, migratedFrom: 2 });
  });

  it('gives a version 3 file the default time a cohort’s passes are held and changes nothing else', () => {
    const { bulk: _bulk, ...v3 } = { ...defaultTenantSettings(), version: 3, journal: { retentionMonths: 24 } };
    const result = migrateTenantSettings(v3);
    expect(result).toEqual({ ok: true, settings: { ...v3, version: 4, bulk: { holdMinutes: 240 } }, migratedFrom: 3 });
  });

  it('keeps the language entries of a hand-written file next to the defaults', () => {
    const result = migrateTenantSettings({ languages: { byUsageLocation: { NL: 'nl' } } });
    expect(result.ok && result.settings.languages.byUsageLocation).toMatchObject({ NL: 'nl', DE: 'de' });
  });

  it('reads the current version as it is', () => {
    expect(migrateTenantSettings(defaultTenantSettings())).toEqual({ ok: true, settings: defaultTenantSettings(), migratedFrom: null });
  });

  it.each([
    ['not an object', 'oops', /not a settings object/],
    ['a newer version', { ...defaultTenantSettings(), version: 7 }, /newer TAP Desk/],
    ['a value out of range', { defaults: { clipboardClearSeconds: 1 } }, /defaults\.clipboardClearSeconds/],
    ['a malformed colour', { branding: { accentColor: 'red' } }, /branding\.accentColor/],
    ['a template with an unknown placeholder', { notifications: { templates: { de: { subject: 'Hallo {{vorname}}', html: '<p>x</p>' } } } }, /notifications\.templates\.de\.subject: unknown_tag \{"tag":"vorname"/],
    ['a template that does not parse', { notifications: { templates: { en: { subject: 'Hi', html: '{{#oneTime}}once' } } } }, /notifications\.templates\.en\.html: unclosed_section/],
    ['the pass without the acknowledgement', { notifications: { passInMail: { enabled: true, acknowledged: false } } }, /passInMail\.acknowledged/],
  ])('refuses %s with the reason', (_name, stored, reason) => {
    const result = migrateTenantSettings(stored);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
