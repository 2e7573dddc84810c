import { z } from 'zod';
import { input, type ContractSlice } from '../contract-slice';
import type { peopleChannels } from './channels';
import { searchPageTokenSchema, userSummarySchema } from './people-schemas';

export const peopleContract = {
  'users:search': {
    /**
     * A new search, or with `more` the next page of the search main answered with that token; `top` sizes a
     * first page only, since a next page keeps the size of the first.
     */
    input: input({
      query: z.string().trim().min(1).max(120),
      top: z.number().int().min(1).max(50).optional(),
      more: searchPageTokenSchema.optional(),
    }).refine((value) => value.more === undefined || value.top === undefined, { message: 'top sizes a first page only', path: ['top'] }),
    output: z.object({
      users: z.array(userSummarySchema),
      /** How many people match in all, when the directory counted them. */
      total: z.number().int().nonnegative().optional(),
      /** Whether the directory holds more matches than were sent so far; `more` then names the next page. */
      hasMore: z.boolean().optional(),
      more: searchPageTokenSchema.optional(),
    }),
  },
} satisfies ContractSlice<typeof peopleChannels>;
