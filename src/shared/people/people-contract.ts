import { z } from 'zod';
import { input, type ContractSlice } from '../contract-slice';
import type { peopleChannels } from './channels';
import { userSummarySchema } from './people-schemas';

export const peopleContract = {
  'users:search': {
    input: input({ query: z.string().trim().min(1).max(120), top: z.number().int().min(1).max(50).optional() }),
    output: z.object({ users: z.array(userSummarySchema) }),
  },
} satisfies ContractSlice<typeof peopleChannels>;
