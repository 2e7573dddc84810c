import { describe, expect, it } from 'vitest';
import { defaultTenantSettings } from '../../../../../src/shared';
import { automaticSlipLanguage, slipLanguageFor } from '../../../../../src/main/handoff/slip/slip-service';
import { slipLanguages } from '../../../../../src/main/handoff/slip/slip-text';

const tenant = (defaultLanguage = 'en') => ({ ...defaultTenantSettings().languages, defaultLanguage });
const person = (preferredLanguage: string | null, usageLocation: string | null) => ({ preferredLanguage, usageLocation });

describe('the slip’s language, chosen without the technician', () => {
  it.each([
    // The person's own language wins when the slip is written in it, whatever their country.
    ['pt-BR', 'DE', 'en', 'pt'],
    ['ja-JP', 'US', 'de', 'ja'],
    ['fr-CA', null, 'de', 'fr'],
    // A language the slip lacks is skipped, not replaced by a neighbour: the country comes next.
    ['ar-SA', 'DE', 'en', 'de'],
    ['ar-SA', 'AT', 'fr', 'de'],
    ['zh-CN', 'JP', 'en', 'ja'],
    ['nl-NL', 'BE', 'de', 'fr'],
    // A country the tenant gives no language: the tenant's default.
    ['ar-SA', 'SA', 'en', 'en'],
    ['ar-SA', 'SA', 'de', 'de'],
    ['ar-SA', 'sa', 'fr', 'fr'],
    ['ar-SA', null, 'pt', 'pt'],
    [null, 'US', 'ja', 'ja'],
    // A tenant default the slip lacks: English.
    ['ar-SA', 'SA', 'nl', 'en'],
    [null, null, 'sv', 'en'],
  ])('%s in %s with the tenant default %s gets %s', (preferredLanguage, usageLocation, defaultLanguage, expected) => {
    expect(automaticSlipLanguage(person(preferredLanguage, usageLocation), tenant(defaultLanguage))).toBe(expected);
  });

  it('follows the tenant’s own map of usage locations', () => {
    const languages = { defaultLanguage: 'en', byUsageLocation: { SA: 'ar', CH: 'fr', QA: 'de' } };
    expect(automaticSlipLanguage(person('ar-SA', 'SA'), languages)).toBe('en');
    expect(automaticSlipLanguage(person(null, 'CH'), languages)).toBe('fr');
    expect(automaticSlipLanguage(person('ar-QA', 'QA'), languages)).toBe('de');
  });
});

describe('the slip’s language, chosen by the technician', () => {
  const arabicInGermany = person('ar-SA', 'DE');

  it('is taken when the slip is written in it', () => {
    for (const language of slipLanguages) expect(slipLanguageFor(arabicInGermany, tenant(), language)).toBe(language);
  });

  it('falls back to the automatic choice for a language the slip lacks, or none', () => {
    expect(slipLanguageFor(arabicInGermany, tenant(), 'ar')).toBe('de');
    expect(slipLanguageFor(arabicInGermany, tenant(), 'pt-BR')).toBe('de');
    expect(slipLanguageFor(arabicInGermany, tenant(), null)).toBe('de');
    expect(slipLanguageFor(arabicInGermany, tenant(), undefined)).toBe('de');
  });
});

describe('the slip’s languages', () => {
  it('start with English, the last resort of every choice', () => {
    expect(slipLanguages[0]).toBe('en');
    expect([...slipLanguages].sort()).toEqual(['de', 'en', 'fr', 'ja', 'pt']);
  });
});
