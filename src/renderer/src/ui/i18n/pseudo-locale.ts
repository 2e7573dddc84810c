import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageTable } from './catalogue';

const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter]),
);

/** Marks visible text: every pseudo-translated message starts with this character. */
export const PSEUDO_MARK = '⟦';

export const accented = (text: string): string => [...text].map((character) => accents[character] ?? character).join('');

/** Accents every literal, in plural, select and tag branches too, and leaves arguments as they are. */
const pseudoElements = (elements: MessageFormatElement[]): MessageFormatElement[] =>
  elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accented(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      return { ...element, options: Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }])) };
    }
    if (element.type === TYPE.tag) return { ...element, children: pseudoElements(element.children) };
    return element;
  });

const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });

/** The pseudo locale's catalogue, made from the English one as parsed messages, so arguments keep working. */
export const pseudoCatalogue = (english: MessageTable): Record<string, MessageFormatElement[]> =>
  Object.fromEntries(Object.entries(english).map(([id, text]) => [id, [literal(PSEUDO_MARK), ...pseudoElements(parse(text)), literal('⟧')]]));
