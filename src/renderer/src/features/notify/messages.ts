import { defineMessages } from '../../ui/i18n/define-messages';

export const notifyMessages = defineMessages('notify', {});
