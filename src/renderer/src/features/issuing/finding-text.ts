import type { PreflightFinding } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { issuingMessages as m } from './messages';

export const findingTitle: Record<PreflightFinding['code'], Message> = {
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
 * What the finding means and what to do about it. An admin target only blocks when Graph already refused to
 * show the methods, and then the remedy is another administrator rather than a try.
 */
export const findingText = (finding: PreflightFinding): Message =>
  finding.code === 'privileged_target' && finding.severity === 'block' ? m.privilegedTargetBlockText : findingTexts[finding.code];
