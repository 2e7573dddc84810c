import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../../src/shared';
import { deskCatalogue } from '../../../src/renderer/src/app/desk-catalogue';
import { catalogueOf, mergeCatalogues } from '../../../src/renderer/src/ui/i18n/catalogue';
import { defineMessages } from '../../../src/renderer/src/ui/i18n/define-messages';
import { PSEUDO_MARK, pseudoCatalogue } from '../../../src/renderer/src/ui/i18n/pseudo-locale';
import { osUiLocale } from '../../../src/renderer/src/ui/i18n/ui-locale';

/** Argument names with their kind (plain, plural, select, date …), from every branch of a message. */
const argumentsOf = (elements: MessageFormatElement[], found = new Set<string>()): Set<string> => {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      argumentsOf(element.children, found);
      continue;
    }
    found.add(`${element.value}:${element.type}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
};

const english = deskCatalogue.en;

describe('the message catalogue', () => {
  it('has every message in every UI language, and nothing the English lacks', () => {
    expect(Object.keys(english).length).toBeGreaterThan(100);
    for (const language of uiLanguages) expect(Object.keys(deskCatalogue[language]).sort(), language).toEqual(Object.keys(english).sort());
  });

  it('has translations that parse and take exactly the arguments, plurals and tags of the English', () => {
    const mismatches: string[] = [];
    for (const language of uiLanguages) {
      for (const [id, text] of Object.entries(deskCatalogue[language])) {
        const expected = [...argumentsOf(parse(english[id] ?? ''))].sort();
        const actual = [...argumentsOf(parse(text))].sort();
        if (expected.join() !== actual.join()) mismatches.push(`${language} ${id}: ${actual.join()} ≠ ${expected.join()}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('has no translation left in English by mistake where the sentence has words to translate', () => {
    // Product names Microsoft does not translate.
    const productNames = new Set(['Windows Hello for Business']);
    const suspicious = (['de', 'fr'] as const).flatMap((language) =>
      Object.entries(deskCatalogue[language])
        .filter(([id, text]) => text === english[id] && !productNames.has(text) && /[a-z]{4,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(text))
        .map(([id]) => `${language} ${id}`),
    );
    expect(suspicious).toEqual([]);
  });

  it('refuses a message id claimed by two features', () => {
    const one = catalogueOf(defineMessages('same', { title: 'A' }), { de: { title: 'A' }, fr: { title: 'A' } });
    expect(() => mergeCatalogues([one, one])).toThrow('same.title');
  });

  it('makes a pseudo locale that marks every message and keeps its arguments working', () => {
    const pseudo = pseudoCatalogue({ count: '{count, plural, one {# person found} other {# people found}}', hello: 'Hello {name}' });
    const format = (id: 'count' | 'hello', values: Record<string, unknown>) => new IntlMessageFormat(pseudo[id] ?? [], 'en').format(values) as string;
    expect(format('count', { count: 2 })).toBe(`${PSEUDO_MARK}2 þéöþĺé ƒöûñđ⟧`);
    expect(format('hello', { name: 'Adele' })).toBe(`${PSEUDO_MARK}Ĥéĺĺö Adele⟧`);
    expect(Object.keys(pseudoCatalogue(english))).toHaveLength(Object.keys(english).length);
  });

  it('follows the first OS language it speaks, English otherwise', () => {
    expect(osUiLocale(['de-AT', 'en-US'])).toBe('de');
    expect(osUiLocale(['ja-JP', 'fr-CA'])).toBe('fr');
    expect(osUiLocale(['ja-JP'])).toBe('en');
    expect(osUiLocale(['en-XA'])).toBe('en-XA');
  });
});
