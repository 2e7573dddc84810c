import { none, type ContractSlice } from '../contract-slice';
import type { managedChannels } from './channels';
import { managedStatusSchema } from './managed-status';

export const managedContract = {
  /** What the organisation's file did at start, for the screen to say once when it could not be used. */
  'managed:status': { input: none, output: managedStatusSchema },
} satisfies ContractSlice<typeof managedChannels>;
