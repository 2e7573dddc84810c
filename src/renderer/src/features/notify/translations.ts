import { catalogueOf } from '../../ui/i18n/catalogue';
import { notifyMessages } from './messages';

export const notifyCatalogue = catalogueOf(notifyMessages, { de: {}, fr: {} });
