import { catalogueOf } from '../../ui/i18n/catalogue';
import { handoffMessages } from './messages';

export const handoffCatalogue = catalogueOf(handoffMessages, { de: {}, fr: {} });
