import { z } from 'zod';
import { input, type ContractSlice } from '../contract-slice';
import type { callsChannels } from './channels';

export const callsContract = {
  /**
   * Stops waiting for every request running on `channel`; each then answers `cancelled` (a create or revoke
   * after reading what the service did). True when something was running.
   */
  'calls:cancel': { input: input({ channel: z.string().regex(/^[a-z]+:[a-z-]+$/).max(64) }), output: z.boolean() },
} satisfies ContractSlice<typeof callsChannels>;
