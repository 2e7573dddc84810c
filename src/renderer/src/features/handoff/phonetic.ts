const natoWords =
  'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split(' ');

const nato = new Map(natoWords.map((word, index) => [String.fromCharCode(65 + index), word]));

const digits = new Map('zero one two three four five six seven eight nine'.split(' ').map((word, index) => [String(index), word]));

const symbols = new Map<string, string>([
  ['#', 'hash'],
  ['@', 'at sign'],
  ['%', 'percent'],
  ['&', 'ampersand'],
  ['*', 'asterisk'],
  ['!', 'exclamation mark'],
  ['$', 'dollar'],
  ['+', 'plus'],
  ['-', 'hyphen'],
  ['=', 'equals'],
  ['?', 'question mark'],
  ['^', 'caret'],
  ['_', 'underscore'],
  ['~', 'tilde'],
  ['.', 'full stop'],
  [',', 'comma'],
  [':', 'colon'],
  [';', 'semicolon'],
  ['/', 'slash'],
  ['\\', 'backslash'],
  ['(', 'left parenthesis'],
  [')', 'right parenthesis'],
  ['[', 'left square bracket'],
  [']', 'right square bracket'],
  ['{', 'left curly brace'],
  ['}', 'right curly brace'],
  ['<', 'left angle bracket'],
  ['>', 'right angle bracket'],
  ["'", 'apostrophe'],
  ['"', 'quote'],
  ['`', 'backtick'],
  ['|', 'vertical bar'],
]);

const codePoint = (character: string): string => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** How to say one character of a pass so the listener types exactly that character. */
export const spellCharacter = (character: string): string => {
  if (/^[A-Z]$/.test(character)) return `capital ${nato.get(character)}`;
  if (/^[a-z]$/.test(character)) return `lower-case ${nato.get(character.toUpperCase())?.toLowerCase()}`;
  return digits.get(character) ?? symbols.get(character) ?? `character ${codePoint(character)}`;
};

export const spellPass = (pass: string): string[] => Array.from(pass, spellCharacter);
