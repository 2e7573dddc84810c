import { input, none, type ContractSlice } from '../contract-slice';
import type { preferencesChannels } from './channels';
import { preferencesSchema, storeProblemSchema } from './preferences';

export const preferencesContract = {
  'preferences:get': { input: none, output: preferencesSchema },
  'preferences:save': { input: input({ preferences: preferencesSchema }), output: preferencesSchema },
  /** What went wrong with the app's settings file at start, once, for the screen to say. */
  'preferences:store-problem': { input: none, output: storeProblemSchema.nullable() },
} satisfies ContractSlice<typeof preferencesChannels>;
