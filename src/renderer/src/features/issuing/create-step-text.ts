import type { CreateStep } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { issuingMessages as m } from './messages';

/** What a Create in flight is waiting for, in the technician's words. */
export const createStepText: Record<CreateStep, Message> = {
  'checking-current-pass': m.stepCheckingCurrentPass,
  creating: m.stepCreating,
  'checking-outcome': m.stepCheckingOutcome,
  'creating-again': m.stepCreatingAgain,
};
