import type { PassState } from '../../../../shared';
import type { Message } from '../i18n/define-messages';
import { uiMessages as m } from '../messages';

const previousPassText: Record<PassState['previousPass'], Message | null> = {
  kept: m.previousKept,
  gone: m.previousGone,
  none: null,
  unknown: null,
};

/**
 * What the service held for the person once a failed call was checked, as the sentences to show in order.
 * The technician must never be left guessing whether a pass exists after an error.
 */
export const passStateText = ({ outcome, previousPass }: PassState): Message[] => {
  const previous = previousPassText[previousPass];
  const present = (messages: (Message | null)[]): Message[] => messages.filter((message): message is Message => message !== null);
  switch (outcome) {
    case 'not_created':
      return present([m.stateNotCreated, previous ?? (previousPass === 'none' ? m.previousNone : null)]);
    case 'pending':
      return present([m.statePending, previous, m.statePendingAdvice]);
    case 'not_revoked':
      return [m.stateNotRevoked];
    case 'unreadable':
      return present([m.stateUnreadable, previous]);
    case 'unknown':
      return [m.stateUnknown];
  }
};
