export type CharacterKind = 'letter' | 'digit' | 'symbol';

export const characterKind = (character: string): CharacterKind =>
  /^\d$/.test(character) ? 'digit' : /^\p{L}$/u.test(character) ? 'letter' : 'symbol';

/** Letters and digits that have a look-alike in common sans-serif and monospace fonts. */
const lookAlikes = new Set(Array.from('0Oo1lI5Ss2Zz8B6G9gq'));

/**
 * Characters a person is likely to misread from the screen or mishear when read out:
 * the look-alikes, and every symbol, whose names vary from one person to the next.
 */
export const isConfusable = (character: string): boolean => lookAlikes.has(character) || characterKind(character) === 'symbol';
