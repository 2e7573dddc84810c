import { defineMessages } from '../../ui/i18n/define-messages';

export const settingsMessages = defineMessages('settings', {});
