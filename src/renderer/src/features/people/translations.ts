import { catalogueOf } from '../../ui/i18n/catalogue';
import { peopleMessages } from './messages';

export const peopleCatalogue = catalogueOf(peopleMessages, { de: {}, fr: {} });
