import type { CohortColumnTarget } from '../../../../../shared';
import type { Message } from '../../../ui/i18n/define-messages';
import { sourceMessages as m } from './messages';

/** What a column may hold, as the mapping's choices name it. */
export const targetWords: Readonly<Record<CohortColumnTarget, Message>> = {
  userPrincipalName: m.targetUserPrincipalName,
  mail: m.targetMail,
  employeeId: m.targetEmployeeId,
  lifetimeInMinutes: m.targetLifetime,
  startDateTime: m.targetStart,
  isUsableOnce: m.targetOneTime,
  language: m.targetLanguage,
  notifyManager: m.targetNotifyManager,
  ignore: m.targetIgnore,
};
