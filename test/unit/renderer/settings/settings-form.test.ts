import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../../src/shared';
import { ccAddresses, checkForm, formOf, hasChanges, newRow, newTemplateRow, sameSettings, type FieldProblem } from '../../../../src/renderer/src/features/settings/settings-form';
import { translate } from '../../../../src/renderer/src/ui/i18n/translate';

/** The problem as the English screen words it. */
const words = (problem: FieldProblem | undefined) => problem && translate(problem.message, problem.values);

describe('the settings form', () => {
  it('gives back exactly the settings it was filled from', () => {
    const saved = defaultTenantSettings();
    const { settings, errors } = checkForm(formOf(saved));
    expect(errors).toEqual({});
    expect(settings).toEqual(saved);
    expect(hasChanges(formOf(saved), saved)).toBe(false);
  });

  it('marks wrong numbers on their own fields and has nothing to save meanwhile', () => {
    const saved = defaultTenantSettings();
    const { settings, errors } = checkForm({ ...formOf(saved), autoHideSeconds: '5', clipboardClearSeconds: 'soon' });
    expect(settings).toBeNull();
    expect(words(errors.autoHideSeconds)).toBe('At least 15 seconds');
    expect(words(errors.clipboardClearSeconds)).toBe('Enter a whole number');
    expect(hasChanges({ ...formOf(saved), autoHideSeconds: '5' }, saved)).toBe(true);
  });

  it('names a country listed twice on the later row', () => {
    const saved = defaultTenantSettings();
    const first = newRow('NL', 'nl');
    const second = newRow('NL', 'en');
    const { errors } = checkForm({ ...formOf(saved), locations: [first, second] });
    expect(errors[`country:${first.id}`]).toBeUndefined();
    expect(words(errors[`country:${second.id}`])).toBe('NL is already listed');
  });

  it('words what the schema refuses by the field and the kind of mistake, never with the schema’s own messages', () => {
    const form = formOf(defaultTenantSettings());
    const { errors } = checkForm({
      ...form,
      serviceDeskEmail: 'it-at-contoso',
      portalUrl: 'http://it.contoso.com',
      accentColor: 'blue',
      displayName: 'x'.repeat(121),
      cc: 'it@contoso.com, nobody',
      passInMail: true,
      passAcknowledged: false,
    });
    expect(words(errors.serviceDeskEmail)).toBe('Enter an e-mail address such as servicedesk@contoso.com');
    expect(words(errors.portalUrl)).toBe('Enter an https:// address');
    expect(words(errors.accentColor)).toBe('A colour such as #0F6CBD');
    expect(words(errors.displayName)).toBe('At most 120 characters');
    expect(words(errors.cc)).toBe('Enter e-mail addresses such as it-security@contoso.com');
    expect(words(errors.passAcknowledged)).toBe('Confirm that you understand the risk first');
  });

  it('puts a template’s problems on its own tab and field, worded from their codes', () => {
    const form = formOf(defaultTenantSettings());
    const row = newTemplateRow('nl', 'Hallo {{firstName}}', '<p>{{#oneTime}}</p>');
    const { errors } = checkForm({ ...form, templates: [row] });
    expect(words(errors[`template-subject:${row.id}`])).toBe('Unknown placeholder {{firstName}} (line 1, column 7)');
    expect(words(errors[`template-html:${row.id}`])).toBe('Unclosed section "oneTime" (line 1, column 20)');
    expect(words(checkForm({ ...form, notificationsEnabled: true, templates: [] }).errors.templates)).toBe('Add a template in at least one language');
  });

  it('treats the language map as a set: the order rows were typed in does not matter', () => {
    const a = defaultTenantSettings();
    const b = defaultTenantSettings();
    a.languages.byUsageLocation = { NL: 'nl', DE: 'de' };
    b.languages.byUsageLocation = { DE: 'de', NL: 'nl' };
    expect(sameSettings(a, b)).toBe(true);
  });

  it('reads CC addresses separated by commas, semicolons or spaces', () => {
    expect(ccAddresses(' a@contoso.com, b@contoso.com;c@contoso.com  d@contoso.com ')).toEqual(['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'd@contoso.com']);
    expect(ccAddresses('')).toEqual([]);
  });
});
