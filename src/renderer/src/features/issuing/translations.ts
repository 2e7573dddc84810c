import { catalogueOf } from '../../ui/i18n/catalogue';
import { issuingMessages } from './messages';

export const issuingCatalogue = catalogueOf(issuingMessages, { de: {}, fr: {} });
