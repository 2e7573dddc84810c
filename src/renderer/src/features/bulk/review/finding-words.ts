import type { CohortFinding } from '../../../../../shared';
import type { Message } from '../../../ui/i18n/define-messages';
import { reviewMessages as m } from './messages';

interface FindingWords {
  /** The finding in a word or two, for the table and the counts' filter. */
  title: Message;
  /** What it means and what to do. */
  next: Message;
  /** "3 hold a pass", with `count`. */
  count: Message;
}

export const findingWords: Readonly<Record<CohortFinding, FindingWords>> = {
  ready: { title: m.readyTitle, next: m.readyNext, count: m.countReady },
  has_pass: { title: m.hasPassTitle, next: m.hasPassNext, count: m.countHasPass },
  disabled: { title: m.disabledTitle, next: m.disabledNext, count: m.countDisabled },
  privileged: { title: m.privilegedTitle, next: m.privilegedNext, count: m.countPrivileged },
  not_found: { title: m.notFoundTitle, next: m.notFoundNext, count: m.countNotFound },
  ambiguous: { title: m.ambiguousTitle, next: m.ambiguousNext, count: m.countAmbiguous },
  guest: { title: m.guestTitle, next: m.guestNext, count: m.countGuest },
  outside_policy: { title: m.outsidePolicyTitle, next: m.outsidePolicyNext, count: m.countOutsidePolicy },
  self: { title: m.selfTitle, next: m.selfNext, count: m.countSelf },
  duplicate: { title: m.duplicateTitle, next: m.duplicateNext, count: m.countDuplicate },
  insufficient_role: { title: m.insufficientRoleTitle, next: m.insufficientRoleNext, count: m.countInsufficientRole },
  unchecked: { title: m.uncheckedTitle, next: m.uncheckedNext, count: m.countUnchecked },
};
