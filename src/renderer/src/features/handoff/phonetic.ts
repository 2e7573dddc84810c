/**
 * Spelling alphabets: how to say each character of a pass so the listener types exactly that character. Their
 * words are data of their own language, not of the screen's: a German speaker is read a pass in German words
 * whatever language the technician's screen speaks.
 */
export const spellingLanguages = ['en', 'de', 'fr'] as const;
export type SpellingLanguage = (typeof spellingLanguages)[number];

interface Alphabet {
  /** The alphabet's name in its own language, for the technician's choice. */
  name: string;
  /** Code words for A to Z. */
  letters: string;
  /** Letters beyond A to Z that the alphabet has words for. */
  extraLetters?: Record<string, string>;
  /** Words for 0 to 9. */
  digits: string;
  symbols: Record<string, string>;
  capital: (letter: string, word: string) => string;
  small: (letter: string, word: string) => string;
  other: (codePoint: string) => string;
}

const alphabets: Record<SpellingLanguage, Alphabet> = {
  // ICAO radiotelephony alphabet (ICAO Annex 10, Volume II), spelled Alfa and Juliett as ICAO does.
  en: {
    name: 'English (ICAO)',
    letters:
      'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu',
    digits: 'zero one two three four five six seven eight nine',
    symbols: {
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
    },
    capital: (_letter, word) => `capital ${word}`,
    small: (_letter, word) => `lower-case ${word.toLowerCase()}`,
    other: (codePoint) => `character ${codePoint}`,
  },
  // DIN 5009:2022-06, "Buchstabiertafel für Wirtschaft und Verwaltung" (city names, published 13 May 2022), as
  // listed by https://www4.mdr.de/nachrichten/deutschland/panorama/neue-buchstabiertafel-staedte-namen-100.html
  // and http://www.buchstabieralphabet.org/cms/neues-buchstabieralphabet-2022.php. The standard says "zwo" for
  // 2, so it is not misheard as "drei" (https://www.uwefreund.com/fraguwe-de/telefondialog/zwei-oder-zwo-din-5009-buchstabieren/).
  de: {
    name: 'Deutsch (DIN 5009)',
    letters:
      'Aachen Berlin Chemnitz Düsseldorf Essen Frankfurt Goslar Hamburg Ingelheim Jena Köln Leipzig München Nürnberg Offenbach Potsdam Quickborn Rostock Salzwedel Tübingen Unna Völklingen Wuppertal Xanten Ypsilon Zwickau',
    extraLetters: { Ä: 'Umlaut Aachen', Ö: 'Umlaut Offenbach', Ü: 'Umlaut Unna', ẞ: 'Eszett', ß: 'Eszett' },
    digits: 'null eins zwo drei vier fünf sechs sieben acht neun',
    symbols: {
      '#': 'Raute',
      '@': 'At-Zeichen',
      '%': 'Prozent',
      '&': 'Und-Zeichen',
      '*': 'Stern',
      '!': 'Ausrufezeichen',
      $: 'Dollar',
      '+': 'Plus',
      '-': 'Bindestrich',
      '=': 'Gleichheitszeichen',
      '?': 'Fragezeichen',
      '^': 'Zirkumflex',
      _: 'Unterstrich',
      '~': 'Tilde',
      '.': 'Punkt',
      ',': 'Komma',
      ':': 'Doppelpunkt',
      ';': 'Semikolon',
      '/': 'Schrägstrich',
      '\\': 'umgekehrter Schrägstrich',
      '(': 'runde Klammer auf',
      ')': 'runde Klammer zu',
      '[': 'eckige Klammer auf',
      ']': 'eckige Klammer zu',
      '{': 'geschweifte Klammer auf',
      '}': 'geschweifte Klammer zu',
      '<': 'Kleiner-als-Zeichen',
      '>': 'Größer-als-Zeichen',
      "'": 'Apostroph',
      '"': 'Anführungszeichen',
      '`': 'Gravis',
      '|': 'senkrechter Strich',
    },
    capital: (letter, word) => `großes ${letter} wie ${word}`,
    small: (letter, word) => `kleines ${letter} wie ${word}`,
    other: (codePoint) => `Zeichen ${codePoint}`,
  },
  // The French spelling alphabet of first names, with "comme" joining letter and word, as in
  // https://github.com/jeanetienne/Speller (Sources/Speller/SpellingAlphabets/SpellingAlphabet+French.swift).
  fr: {
    name: 'Français',
    letters:
      'Anatole Berthe Célestin Désiré Eugène François Gaston Henri Irma Joseph Kléber Louis Marcel Nicolas Oscar Pierre Quintal Raoul Suzanne Thérèse Ursule Victor William Xavier Yvonne Zoé',
    digits: 'zéro un deux trois quatre cinq six sept huit neuf',
    symbols: {
      '#': 'dièse',
      '@': 'arobase',
      '%': 'pour cent',
      '&': 'esperluette',
      '*': 'astérisque',
      '!': 'point d’exclamation',
      $: 'dollar',
      '+': 'plus',
      '-': 'tiret',
      '=': 'égal',
      '?': 'point d’interrogation',
      '^': 'accent circonflexe',
      _: 'tiret bas',
      '~': 'tilde',
      '.': 'point',
      ',': 'virgule',
      ':': 'deux-points',
      ';': 'point-virgule',
      '/': 'barre oblique',
      '\\': 'barre oblique inversée',
      '(': 'parenthèse ouvrante',
      ')': 'parenthèse fermante',
      '[': 'crochet ouvrant',
      ']': 'crochet fermant',
      '{': 'accolade ouvrante',
      '}': 'accolade fermante',
      '<': 'signe inférieur à',
      '>': 'signe supérieur à',
      "'": 'apostrophe',
      '"': 'guillemet droit',
      '`': 'accent grave',
      '|': 'barre verticale',
    },
    capital: (letter, word) => `${letter} majuscule comme ${word}`,
    small: (letter, word) => `${letter} minuscule comme ${word}`,
    other: (codePoint) => `caractère ${codePoint}`,
  },
};

export const alphabetName = (language: SpellingLanguage): string => alphabets[language].name;

const wordsOf = (alphabet: Alphabet): Map<string, string> =>
  new Map([
    ...alphabet.letters.split(' ').map((word, index): [string, string] => [String.fromCharCode(65 + index), word]),
    ...Object.entries(alphabet.extraLetters ?? {}),
  ]);

const letterWords: Record<SpellingLanguage, Map<string, string>> = {
  en: wordsOf(alphabets.en),
  de: wordsOf(alphabets.de),
  fr: wordsOf(alphabets.fr),
};

const codePoint = (character: string): string => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** How to say one character of a pass, in `language`'s spelling alphabet. */
export const spellCharacter = (character: string, language: SpellingLanguage): string => {
  const alphabet = alphabets[language];
  const words = letterWords[language];
  // ß upper-cases to "SS", so it is looked up as itself.
  const word = words.get(character.toUpperCase()) ?? words.get(character);
  if (word !== undefined) return character === character.toUpperCase() ? alphabet.capital(character, word) : alphabet.small(character, word);
  if (/^\d$/.test(character)) return alphabet.digits.split(' ')[Number(character)] ?? alphabet.other(codePoint(character));
  return alphabet.symbols[character] ?? alphabet.other(codePoint(character));
};

export const spellPass = (pass: string, language: SpellingLanguage): string[] => Array.from(pass, (character) => spellCharacter(character, language));

const primarySubtag = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The first of `tags` (BCP 47, best first) that has a spelling alphabet here; null when none has. */
export const spellingLanguageOf = (tags: readonly (string | null | undefined)[]): SpellingLanguage | null => {
  for (const tag of tags) {
    const match = tag ? spellingLanguages.find((language) => language === primarySubtag(tag)) : undefined;
    if (match) return match;
  }
  return null;
};
