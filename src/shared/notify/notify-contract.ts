import { z } from 'zod';
import { input, none, type ContractSlice } from '../contract-slice';
import type { notifyChannels } from './channels';
import { notificationDraftSchema, notificationSentSchema, prepareNotificationInputSchema } from './notification';

export const notifyContract = {
  /** Renders the notice exactly as it would be sent, for the preview. */
  'notify:prepare': { input: prepareNotificationInputSchema, output: notificationDraftSchema },
  /** Sends a previewed draft; a failure keeps it for another try. */
  'notify:send': { input: input({ draftId: z.uuid() }), output: notificationSentSchema },
  /** Asks the technician, in the browser, for the mail permission this tenant's sender needs. */
  'notify:consent': { input: none, output: z.boolean() },
  /** Forgets a previewed draft in main, e.g. one that held the pass once the pass is off the screen. */
  'notify:discard': { input: input({ draftId: z.uuid() }), output: z.boolean() },
} satisfies ContractSlice<typeof notifyChannels>;
