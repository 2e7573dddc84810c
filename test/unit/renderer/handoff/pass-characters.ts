/** The characters a pass may hold, by kind, and the name each symbol is read out by. */
export const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const lower = upper.toLowerCase();
export const digitChars = '0123456789';
export const symbolNames: Record<string, string> = {
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
export const symbolChars = Object.keys(symbolNames).join('');
