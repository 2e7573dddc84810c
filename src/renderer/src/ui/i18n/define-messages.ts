/** One message: its catalogue id and the English text, which is also what any language lacking it shows. */
export interface Message<Text extends string = string> {
  readonly id: string;
  readonly defaultMessage: Text;
}

export type Messages<English extends Record<string, string>> = { readonly [K in keyof English]: Message<English[K]> };

/**
 * A feature's messages in English, written as ICU MessageFormat; ids are `scope.key`, so two features may use
 * the same key without colliding.
 */
export const defineMessages = <const English extends Record<string, string>>(scope: string, english: English): Messages<English> =>
  Object.fromEntries(Object.entries(english).map(([key, text]) => [key, { id: `${scope}.${key}`, defaultMessage: text }])) as Messages<English>;

/** A translation of a feature's messages: every key of the English, and no other. */
export type Translation<M extends Messages<Record<string, string>>> = { readonly [K in keyof M]: string };
