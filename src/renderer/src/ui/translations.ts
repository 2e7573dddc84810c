import { catalogueOf } from './i18n/catalogue';
import { uiMessages } from './messages';

export const uiCatalogue = catalogueOf(uiMessages, { de: {}, fr: {} });
