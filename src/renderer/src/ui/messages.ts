import { defineMessages } from './i18n/define-messages';

export const uiMessages = defineMessages('ui', {});
