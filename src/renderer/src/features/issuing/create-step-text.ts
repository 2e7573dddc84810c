import type { CreateStep } from '../../../../shared';

/** What a Create in flight is waiting for, in the technician's words. */
export const createStepText: Record<CreateStep, string> = {
  'checking-current-pass': 'Checking which pass the person has now…',
  creating: 'Creating the pass…',
  'checking-outcome': 'No answer came back. Checking whether the pass was created…',
  'creating-again': 'The pass that was created cannot be read. Creating one you can read out…',
};
