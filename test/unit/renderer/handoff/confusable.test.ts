import { describe, expect, it } from 'vitest';
import { characterKind, isConfusable } from '../../../../src/renderer/src/features/handoff/confusable';
import { digitChars, lower, symbolChars, upper } from './pass-characters';

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
