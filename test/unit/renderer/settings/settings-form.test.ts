import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../../src/shared';
import { ccAddresses, checkForm, formOf, hasChanges, newRow, sameSettings } from '../../../../src/renderer/src/features/settings/settings-form';

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
    expect(errors.autoHideSeconds).toBe('At least 15 seconds');
    expect(errors.clipboardClearSeconds).toBe('Enter a whole number');
    expect(hasChanges({ ...formOf(saved), autoHideSeconds: '5' }, saved)).toBe(true);
  });

  it('names a country listed twice on the later row', () => {
    const saved = defaultTenantSettings();
    const first = newRow('NL', 'nl');
    const second = newRow('NL', 'en');
    const { errors } = checkForm({ ...formOf(saved), locations: [first, second] });
    expect(errors[`country:${first.id}`]).toBeUndefined();
    expect(errors[`country:${second.id}`]).toBe('NL is already listed');
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
