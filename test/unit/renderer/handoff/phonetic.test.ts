import { describe, expect, it } from 'vitest';
import { spellCharacter, spellPass } from '../../../../src/renderer/src/features/handoff/phonetic';
import { digitChars, lower, symbolNames, upper } from './pass-characters';

const nato =
  'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split(' ');

describe('phonetic spelling', () => {
  it('says capital letters with the NATO word', () => {
    expect(Array.from(upper, spellCharacter)).toEqual(nato.map((word) => `capital ${word}`));
  });

  it('says lower-case letters with the NATO word in lower case', () => {
    expect(Array.from(lower, spellCharacter)).toEqual(nato.map((word) => `lower-case ${word.toLowerCase()}`));
  });

  it('says digits by name', () => {
    expect(Array.from(digitChars, spellCharacter)).toEqual(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
  });

  it('names every symbol', () => {
    for (const [character, name] of Object.entries(symbolNames)) expect(spellCharacter(character)).toBe(name);
  });

  it('names anything else by its code point rather than guessing', () => {
    expect(spellCharacter('é')).toBe('character U+00E9');
    expect(spellCharacter(' ')).toBe('character U+0020');
  });

  it('spells a whole pass in order', () => {
    expect(spellPass('Kq7#mP0x')).toEqual([
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
