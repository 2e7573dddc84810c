import { z } from 'zod';
import type { callsEventNames } from './channels';

/**
 * Why a request is held back in main: Microsoft Graph answered 429 and named a wait (`throttled`), or a read
 * met a 503/504 and is tried again after a pause (`retrying`).
 */
export const waitReasonSchema = z.enum(['throttled', 'retrying']);
export type WaitReason = z.infer<typeof waitReasonSchema>;

export const callsEvents = {
  /** The request made on `channel` now waits `seconds` before it is sent again. */
  'event:waiting': z.object({ channel: z.string().max(64), reason: waitReasonSchema, seconds: z.number().nonnegative() }),
} satisfies Record<(typeof callsEventNames)[number], z.ZodType>;
