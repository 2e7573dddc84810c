import { menuLabelKeySchema, type MenuLabels } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { shellMessages } from './messages';

/** Every word of the application menu, formatted in the language `format` speaks. */
export const menuLabels = (format: (message: Message) => string): MenuLabels =>
  Object.fromEntries(menuLabelKeySchema.options.map((key) => [key, format(shellMessages[key])])) as MenuLabels;
