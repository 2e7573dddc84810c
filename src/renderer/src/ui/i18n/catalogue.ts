import type { UiLanguage } from '../../../../shared';
import type { Message, Messages, Translation } from './define-messages';

/** Message id → ICU text, for one language. */
export type MessageTable = Record<string, string>;

export type TranslatedLanguage = Exclude<UiLanguage, 'en'>;

/** One feature's messages in every UI language. */
export type FeatureCatalogue = Readonly<Record<UiLanguage, MessageTable>>;

/** Keys a feature's translations by the ids its English messages carry. */
export const catalogueOf = <M extends Messages<Record<string, string>>>(
  messages: M,
  translations: Readonly<Record<TranslatedLanguage, Translation<M>>>,
): FeatureCatalogue => {
  const entries = Object.entries(messages) as [keyof M & string, Message][];
  const table = (text: (key: keyof M & string, message: Message) => string): MessageTable =>
    Object.fromEntries(entries.map(([key, message]) => [message.id, text(key, message)]));
  return {
    en: table((_key, message) => message.defaultMessage),
    de: table((key) => translations.de[key]),
    fr: table((key) => translations.fr[key]),
  };
};

/** The features' catalogues as one; an id claimed twice is a programming error caught at start. */
export const mergeCatalogues = (catalogues: readonly FeatureCatalogue[]): FeatureCatalogue => {
  const merged: Record<UiLanguage, MessageTable> = { en: {}, de: {}, fr: {} };
  for (const catalogue of catalogues) {
    for (const language of Object.keys(merged) as UiLanguage[]) {
      for (const [id, text] of Object.entries(catalogue[language])) {
        if (id in merged[language]) throw new Error(`The message id ${id} is defined twice.`);
        merged[language][id] = text;
      }
    }
  }
  return merged;
};
