import type { BadgeProps } from '@fluentui/react-components';
import { expiryOf, type ExistingPass } from '../../../../shared';
import { formatLocal } from '../../format/date-time';

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
      return { label: 'Not yet valid', color: 'informative', detail: start ? `Starts ${formatLocal(start)}` : 'Starts later' };
    case 'Expired':
      return { label: 'Expired', color: 'subtle', detail: expiry ? `Expired ${expiry}` : 'No longer valid' };
    case 'OneTimeUsed':
      return { label: 'Used', color: 'subtle', detail: 'Its one sign-in has been used.' };
    case 'DisabledByPolicy':
      return { label: 'Disabled by policy', color: 'warning', detail: 'The tenant policy no longer allows it.' };
    default:
      return pass.isUsable
        ? { label: 'Usable', color: 'success', detail: expiry ? `Valid until ${expiry}` : 'Valid now' }
        : { label: 'Not usable', color: 'warning', detail: pass.methodUsabilityReason };
  }
};
