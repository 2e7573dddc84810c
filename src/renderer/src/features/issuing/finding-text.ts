import type { DeskCapability, PreflightFinding } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { issuingMessages as m } from './messages';

const findingTitle: Record<PreflightFinding['code'], Message> = {
  policy_disabled: m.policyDisabledTitle,
  user_not_in_policy_scope: m.notInPolicyScopeTitle,
  external_guest: m.externalGuestTitle,
  self_target: m.selfTargetTitle,
  privileged_target: m.privilegedTargetTitle,
  account_disabled: m.accountDisabledTitle,
  insufficient_role: m.insufficientRoleTitle,
};

const findingTexts: Record<PreflightFinding['code'], Message> = {
  policy_disabled: m.policyDisabledText,
  user_not_in_policy_scope: m.notInPolicyScopeText,
  external_guest: m.externalGuestText,
  self_target: m.selfTargetText,
  privileged_target: m.privilegedTargetWarnText,
  account_disabled: m.accountDisabledText,
  insufficient_role: m.insufficientRoleText,
};

/**
 * Where the technician's role is known, a person their role cannot serve gets one line naming the role to ask for
 * (the note at the top of the workspace says the rest once).
 */
const roleLine = (finding: PreflightFinding, desk: DeskCapability | undefined): Message | null => {
  if (finding.code === 'privileged_target' && desk?.canIssueForAdmins === false) return m.adminNeedsPrivilegedRole;
  if (finding.code !== 'insufficient_role') return null;
  if (desk?.canIssueForUsers === false) return m.roleCannotIssue;
  if (desk?.canIssueForUsers === true && desk.canIssueForAdmins === false) return m.beyondAuthenticationRole;
  return null;
};

/** A finding as the screen words it: a title (none for a one-line finding) and what to do about it. */
export interface FindingWords {
  title: Message | null;
  text: Message;
}

/**
 * An admin target only blocks when Graph already refused to show the methods, and then the remedy is another
 * administrator rather than a try. Without `desk` (the technician's role not known) every finding has its title.
 */
export const findingWords = (finding: PreflightFinding, desk?: DeskCapability): FindingWords => {
  const line = roleLine(finding, desk);
  if (line) return { title: null, text: line };
  const text = finding.code === 'privileged_target' && finding.severity === 'block' ? m.privilegedTargetBlockText : findingTexts[finding.code];
  return { title: findingTitle[finding.code], text };
};

/** What the finding means and what to do about it. */
export const findingText = (finding: PreflightFinding, desk?: DeskCapability): Message => findingWords(finding, desk).text;
