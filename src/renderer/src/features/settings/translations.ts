import { catalogueOf } from '../../ui/i18n/catalogue';
import { settingsMessages } from './messages';

export const settingsCatalogue = catalogueOf(settingsMessages, { de: {}, fr: {} });
