import type { LanguageSource, ManagerMissing, NotificationBlocker } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { notifyMessages as m } from './messages';

/** Why an open preview was closed without sending: it held the pass, and the pass left the screen. */
export type ClosedReason = 'pass_off_screen';

export const closedText: Record<ClosedReason, Message> = { pass_off_screen: m.closedWithPass };

export const languageSourceText: Record<LanguageSource, Message> = {
  preferredLanguage: m.sourcePreferredLanguage,
  usageLocation: m.sourceUsageLocation,
  tenantDefault: m.sourceTenantDefault,
  fallback: m.sourceFallback,
  chosen: m.sourceChosen,
};

export const managerMissingText: Record<ManagerMissing, Message> = {
  not_set: m.managerNotSet,
  not_readable: m.managerNotReadable,
};

/** A blocker as a message and its arguments; `person` is whose mailbox the notice is about. */
export const blockerText = (blocker: NotificationBlocker, person: string): { message: Message; values: Record<string, string> } => {
  switch (blocker.code) {
    case 'no_recipient':
      return { message: m.noRecipient, values: {} };
    case 'pass_to_own_mailbox':
      return { message: m.passToOwnMailbox, values: { name: person, address: blocker.address } };
    case 'pass_not_on_screen':
      return { message: m.passNotOnScreen, values: {} };
    case 'pass_forbidden_in_mail':
      return { message: m.passForbiddenInMail, values: {} };
    case 'other_addresses_unreadable':
      return { message: m.otherAddressesUnreadable, values: { name: person } };
  }
};
