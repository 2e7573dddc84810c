import { defineMessages } from '../../ui/i18n/define-messages';

export const accountsMessages = defineMessages('accounts', {});
