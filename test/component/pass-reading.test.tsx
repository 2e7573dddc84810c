import { describe, expect, it } from 'vitest';
import { characterKind, isConfusable } from '../../src/renderer/src/tap/confusable';
import { groupPass } from '../../src/renderer/src/tap/pass-groups';
import { spellCharacter, spellPass } from '../../src/renderer/src/tap/phonetic';

const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const lower = upper.toLowerCase();
const digitChars = '0123456789';
const symbolNames: Record<string, string> = {
  '#': 'hash',
  '@': 'at sign',
  '%': 'percent',
  '&': 'ampersand',
  '*': 'asterisk',
  '!': 'exclamation mark',
  $: 'dollar',
  '+': 'plus',
  '-': 'hyphen',
  '=': 'equals',
  '?': 'question mark',
  '^': 'caret',
  _: 'underscore',
  '~': 'tilde',
  '.': 'full stop',
  ',': 'comma',
  ':': 'colon',
  ';': 'semicolon',
  '/': 'slash',
  '\\': 'backslash',
  '(': 'left parenthesis',
  ')': 'right parenthesis',
  '[': 'left square bracket',
  ']': 'right square bracket',
  '{': 'left curly brace',
  '}': 'right curly brace',
  '<': 'left angle bracket',
  '>': 'right angle bracket',
  "'": 'apostrophe',
  '"': 'quote',
  '`': 'backtick',
  '|': 'vertical bar',
};
const symbolChars = Object.keys(symbolNames).join('');
const nato =
  'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split(' ');

describe('grouping a pass', () => {
  it('splits into groups of four with a shorter last group, losing nothing', () => {
    expect(groupPass('Kq7#mP0x')).toEqual(['Kq7#', 'mP0x']);
    expect(groupPass('Kq7#mP0xZ2')).toEqual(['Kq7#', 'mP0x', 'Z2']);
    const longest = (upper + lower + digitChars + symbolChars).slice(0, 48);
    expect(groupPass(longest)).toHaveLength(12);
    expect(groupPass(longest).join('')).toBe(longest);
  });
});

describe('characters that are easy to mix up', () => {
  it('marks every look-alike letter and digit', () => {
    for (const character of '0Oo1lI5Ss2Zz8B6G9gq') expect(isConfusable(character), character).toBe(true);
  });

  it('marks every symbol', () => {
    for (const character of symbolChars) {
      expect(characterKind(character), character).toBe('symbol');
      expect(isConfusable(character), character).toBe(true);
    }
  });

  it('leaves distinct letters and digits alone', () => {
    for (const character of 'ACDEFHJKLMNPQRTUVWXYabcdefhijkmnprtuvwxy347') expect(isConfusable(character), character).toBe(false);
  });

  it('tells letters and digits apart', () => {
    for (const character of upper + lower) expect(characterKind(character)).toBe('letter');
    for (const character of digitChars) expect(characterKind(character)).toBe('digit');
  });
});

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
