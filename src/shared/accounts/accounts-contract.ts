import { z } from 'zod';
import { input, none, type ContractSlice } from '../contract-slice';
import { profileIdSchema, sessionSchema, signedInAccountSchema, tenantProfileInputSchema, tenantProfileSchema } from './accounts-schemas';
import type { accountsChannels } from './channels';

const accountRef = input({ profileId: profileIdSchema, homeAccountId: z.string().min(1).max(512) });

export const accountsContract = {
  'session:get': { input: none, output: sessionSchema },
  'profiles:save': { input: tenantProfileInputSchema, output: tenantProfileSchema },
  'profiles:remove': { input: input({ profileId: profileIdSchema }), output: sessionSchema },
  'auth:sign-in': { input: input({ profileId: profileIdSchema, loginHint: z.string().max(256).optional() }), output: signedInAccountSchema },
  'auth:cancel-sign-in': { input: none, output: z.boolean() },
  'auth:switch': { input: accountRef, output: signedInAccountSchema },
  'auth:sign-out': { input: accountRef, output: sessionSchema },
} satisfies ContractSlice<typeof accountsChannels>;
