import type { PassState } from '../../../../shared';

const previousPassText: Record<PassState['previousPass'], string | null> = {
  kept: 'The pass the person had before still works.',
  gone: 'The pass the person had before is gone.',
  none: null,
  unknown: null,
};

/**
 * What the service held for the person once a failed call was checked, in plain words. The technician must
 * never be left guessing whether a pass exists after an error.
 */
export const passStateText = ({ outcome, previousPass }: PassState): string => {
  const previous = previousPassText[previousPass];
  switch (outcome) {
    case 'not_created':
      return ['TAP Desk checked: no new pass was created.', previous ?? (previousPass === 'none' ? 'The person has no pass.' : null)].filter(Boolean).join(' ');
    case 'pending':
      return [
        'TAP Desk checked: nothing has changed so far, but the request may still arrive late.',
        previous,
        'Look the person up again before you issue or revoke anything.',
      ]
        .filter(Boolean)
        .join(' ');
    case 'not_revoked':
      return 'TAP Desk checked: the pass was not revoked and still works.';
    case 'unreadable':
      return ['TAP Desk checked: a pass exists that nobody can read.', previous].filter(Boolean).join(' ');
    case 'unknown':
      return 'TAP Desk could not find out what Microsoft Graph did. Look the person up again before you do anything else.';
  }
};
