import { catalogueOf } from '../ui/i18n/catalogue';
import { appMessages } from './messages';

export const appCatalogue = catalogueOf(appMessages, { de: {}, fr: {} });
