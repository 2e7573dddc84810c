import { z } from 'zod';
import { authMethodSchema } from '../issuing';

/**
 * Where a pass issued at this desk stands, as far as Graph shows it:
 * - `waiting`: usable and not used yet (a multi-use pass stays here while it is in use: Graph does not say),
 * - `not_yet_valid`: it starts later,
 * - `used`: a one-time pass was signed in with,
 * - `method_registered`: the person registered a method since the pass was issued,
 * - `expired`, `disabled` (the policy no longer allows it),
 * - `revoked`: this desk deleted it; `removed`: gone without this desk deleting it; `replaced`: another pass took its place,
 * - `unknown`: the status could not be read.
 */
export const deskPassPhaseSchema = z.enum([
  'waiting',
  'not_yet_valid',
  'used',
  'method_registered',
  'expired',
  'disabled',
  'revoked',
  'removed',
  'replaced',
  'unknown',
]);
export type DeskPassPhase = z.infer<typeof deskPassPhaseSchema>;

export const deskPassStatusSchema = z.object({
  userId: z.string(),
  passId: z.string(),
  phase: deskPassPhaseSchema,
  /** Methods registered since the pass was issued. */
  newMethods: z.array(authMethodSchema),
  /** When the pass stops working, if it is still there. */
  expiresAt: z.string().nullable(),
});
export type DeskPassStatus = z.infer<typeof deskPassStatusSchema>;
