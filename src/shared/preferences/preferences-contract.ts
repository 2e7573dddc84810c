import { input, none, type ContractSlice } from '../contract-slice';
import type { preferencesChannels } from './channels';
import { preferencesSchema } from './preferences';

export const preferencesContract = {
  'preferences:get': { input: none, output: preferencesSchema },
  'preferences:save': { input: input({ preferences: preferencesSchema }), output: preferencesSchema },
} satisfies ContractSlice<typeof preferencesChannels>;
