import { catalogueOf } from '../../ui/i18n/catalogue';
import { accountsMessages } from './messages';

export const accountsCatalogue = catalogueOf(accountsMessages, { de: {}, fr: {} });
