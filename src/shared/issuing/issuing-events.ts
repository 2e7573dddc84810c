import { z } from 'zod';
import { userIdSchema } from '../people';
import type { issuingEventNames } from './channels';

/** Where a Create is, so that a wait is never without words. */
export const createStepSchema = z.enum(['checking-current-pass', 'creating', 'checking-outcome', 'creating-again']);
export type CreateStep = z.infer<typeof createStepSchema>;

export const issuingEvents = {
  'event:create-progress': z.object({ userId: userIdSchema, step: createStepSchema }),
} satisfies Record<(typeof issuingEventNames)[number], z.ZodType>;
