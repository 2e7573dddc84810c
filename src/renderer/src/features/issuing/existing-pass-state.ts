import type { BadgeProps } from '@fluentui/react-components';
import { expiryOf, type ExistingPass } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { translate } from '../../ui/i18n/translate';
import { issuingMessages as m } from './messages';

interface PassState {
  label: string;
  color: NonNullable<BadgeProps['color']>;
  detail: string;
}

export const describeExistingPass = (pass: ExistingPass): PassState => {
  const start = pass.startDateTime ?? pass.createdDateTime;
  // Without a start or creation time the end is unknown; expiryOf would count from now instead.
  const expiry = start ? formatLocal(expiryOf(pass, Date.now())) : null;
  switch (pass.methodUsabilityReason) {
    case 'NotYetValid':
      return {
        label: translate(m.passNotYetValid),
        color: 'informative',
        detail: start ? translate(m.passStartsAt, { date: formatLocal(start) }) : translate(m.passStartsLater),
      };
    case 'Expired':
      return { label: translate(m.passExpired), color: 'subtle', detail: expiry ? translate(m.passExpiredAt, { date: expiry }) : translate(m.passNoLongerValid) };
    case 'OneTimeUsed':
      return { label: translate(m.passUsed), color: 'subtle', detail: translate(m.passUsedDetail) };
    case 'DisabledByPolicy':
      return { label: translate(m.passDisabledByPolicy), color: 'warning', detail: translate(m.passDisabledByPolicyDetail) };
    default:
      return pass.isUsable
        ? { label: translate(m.passUsable), color: 'success', detail: expiry ? translate(m.passValidUntil, { date: expiry }) : translate(m.passValidNow) }
        : { label: translate(m.passNotUsable), color: 'warning', detail: translate(m.passNotUsableReason, { reason: pass.methodUsabilityReason }) };
  }
};
