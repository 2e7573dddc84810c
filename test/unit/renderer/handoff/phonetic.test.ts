import { describe, expect, it } from 'vitest';
import { spellCharacter, spellingLanguageOf, spellingLanguages, spellPass } from '../../../../src/renderer/src/features/handoff/phonetic';
import { digitChars, lower, symbolChars, symbolNames, upper } from './pass-characters';

const nato =
  'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split(' ');
const din5009 =
  'Aachen Berlin Chemnitz Düsseldorf Essen Frankfurt Goslar Hamburg Ingelheim Jena Köln Leipzig München Nürnberg Offenbach Potsdam Quickborn Rostock Salzwedel Tübingen Unna Völklingen Wuppertal Xanten Ypsilon Zwickau'.split(
    ' ',
  );
const french =
  'Anatole Berthe Célestin Désiré Eugène François Gaston Henri Irma Joseph Kléber Louis Marcel Nicolas Oscar Pierre Quintal Raoul Suzanne Thérèse Ursule Victor William Xavier Yvonne Zoé'.split(' ');

const everyCharacter = upper + lower + digitChars + symbolChars;
const en = (character: string) => spellCharacter(character, 'en');

describe('phonetic spelling in English', () => {
  it('says capital letters with the NATO word', () => {
    expect(Array.from(upper, en)).toEqual(nato.map((word) => `capital ${word}`));
  });

  it('says lower-case letters with the NATO word in lower case', () => {
    expect(Array.from(lower, en)).toEqual(nato.map((word) => `lower-case ${word.toLowerCase()}`));
  });

  it('says digits by name', () => {
    expect(Array.from(digitChars, en)).toEqual(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
  });

  it('names every symbol', () => {
    for (const [character, name] of Object.entries(symbolNames)) expect(en(character)).toBe(name);
  });

  it('names anything else by its code point rather than guessing', () => {
    expect(en('é')).toBe('character U+00E9');
    expect(en(' ')).toBe('character U+0020');
  });

  it('spells a whole pass in order', () => {
    expect(spellPass('Kq7#mP0x', 'en')).toEqual([
      'capital Kilo',
      'lower-case quebec',
      'seven',
      'hash',
      'lower-case mike',
      'capital Papa',
      'zero',
      'lower-case x-ray',
    ]);
  });
});

describe('phonetic spelling in German (DIN 5009:2022)', () => {
  const de = (character: string) => spellCharacter(character, 'de');

  it('says letters with the city names and their case', () => {
    expect(Array.from(upper, de)).toEqual(din5009.map((word, index) => `großes ${upper[index]} wie ${word}`));
    expect(Array.from(lower, de)).toEqual(din5009.map((word, index) => `kleines ${lower[index]} wie ${word}`));
  });

  it('says umlauts and Eszett as the table does', () => {
    expect(de('Ä')).toBe('großes Ä wie Umlaut Aachen');
    expect(de('ö')).toBe('kleines ö wie Umlaut Offenbach');
    expect(de('Ü')).toBe('großes Ü wie Umlaut Unna');
    expect(de('ß')).toBe('kleines ß wie Eszett');
  });

  it('says digits in German, two as "zwo"', () => {
    expect(Array.from(digitChars, de)).toEqual(['null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']);
  });

  it('spells a whole pass in German words', () => {
    expect(spellPass('Kq7#-P0x', 'de')).toEqual([
      'großes K wie Köln',
      'kleines q wie Quickborn',
      'sieben',
      'Raute',
      'Bindestrich',
      'großes P wie Potsdam',
      'null',
      'kleines x wie Xanten',
    ]);
  });
});

describe('phonetic spelling in French', () => {
  const fr = (character: string) => spellCharacter(character, 'fr');

  it('says letters with the first names and their case', () => {
    expect(Array.from(upper, fr)).toEqual(french.map((word, index) => `${upper[index]} majuscule comme ${word}`));
    expect(Array.from(lower, fr)).toEqual(french.map((word, index) => `${lower[index]} minuscule comme ${word}`));
  });

  it('says digits in French', () => {
    expect(Array.from(digitChars, fr)).toEqual(['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']);
  });

  it('spells a whole pass in French words', () => {
    expect(spellPass('Kq7#-', 'fr')).toEqual(['K majuscule comme Kléber', 'q minuscule comme Quintal', 'sept', 'dièse', 'tiret']);
  });
});

describe('every spelling alphabet', () => {
  it.each(spellingLanguages)('%s has its own words for every character a pass can hold', (language) => {
    for (const character of everyCharacter) {
      expect(spellCharacter(character, language), `${language} ${character}`).not.toMatch(/U\+[0-9A-F]{4}/);
    }
  });

  it.each(spellingLanguages)('%s never says two characters the same way', (language) => {
    const spoken = Array.from(everyCharacter, (character) => spellCharacter(character, language));
    expect(new Set(spoken).size).toBe(everyCharacter.length);
  });

  it.each(spellingLanguages)('%s names an unknown character by its code point', (language) => {
    expect(spellCharacter('€', language)).toMatch(/ U\+20AC$/);
  });
});

describe('the alphabet for a language', () => {
  it('takes the first tag it has an alphabet for, whatever the region', () => {
    expect(spellingLanguageOf(['de-AT'])).toBe('de');
    expect(spellingLanguageOf(['es-ES', 'fr-CH', 'de'])).toBe('fr');
    expect(spellingLanguageOf([null, undefined, 'en-XA'])).toBe('en');
    expect(spellingLanguageOf(['ja-JP', null])).toBeNull();
  });
});
