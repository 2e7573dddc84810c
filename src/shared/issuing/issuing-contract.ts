import { z } from 'zod';
import { input, type ContractSlice } from '../contract-slice';
import { userIdSchema } from '../people';
import type { issuingChannels } from './channels';
import { createTapInputSchema, issuedPassSchema, passIdSchema, passStatusSchema, tapContextSchema } from './issuing-schemas';

export const issuingContract = {
  'tap:prepare': { input: input({ userId: userIdSchema }), output: tapContextSchema },
  'tap:create': { input: createTapInputSchema, output: issuedPassSchema },
  'tap:status': { input: input({ userId: userIdSchema }), output: passStatusSchema },
  'tap:revoke': { input: input({ userId: userIdSchema, passId: passIdSchema }), output: z.boolean() },
  /** Stops waiting for a create or revoke for this person; main then reads what the service holds and says so. */
  'tap:cancel': { input: input({ userId: userIdSchema }), output: z.boolean() },
} satisfies ContractSlice<typeof issuingChannels>;
