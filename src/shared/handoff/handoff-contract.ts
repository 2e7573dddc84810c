import { z } from 'zod';
import { input, type ContractSlice } from '../contract-slice';
import { languageTagSchema } from '../languages';
import { passIdSchema } from '../issuing';
import { userIdSchema } from '../people';
import type { handoffChannels } from './channels';

export const handoffContract = {
  /**
   * Main writes the pass it issued to the clipboard and clears it later if it still holds it. Passes are named
   * by id: main keeps the code it issued until the screen forgets it, and never takes one from the renderer.
   */
  'handoff:copy-pass': { input: input({ passId: passIdSchema }), output: z.object({ clearAfterSeconds: z.number().int().positive() }) },
  /** The pass left the screen: main forgets its code too. */
  'handoff:forget': { input: input({ passId: passIdSchema }), output: z.boolean() },
  /** The window is content-protected while a pass is on screen. */
  'handoff:visible': { input: input({ visible: z.boolean() }), output: z.boolean() },
  /**
   * The printed slip for the pass just issued: through the print dialog, or saved as a PDF. A `language` the
   * slip is not written in, or none, leaves the choice to main (see `handoff:slip-languages`).
   */
  'handoff:slip': {
    input: input({ userId: userIdSchema, passId: passIdSchema, output: z.enum(['print', 'pdf']), language: languageTagSchema.nullable().optional() }),
    output: z.object({ done: z.boolean(), savedTo: z.string().nullable() }),
  },
  /** The languages the slip is written in, and the one main would choose for this person, who was just issued a pass. */
  'handoff:slip-languages': {
    input: input({ userId: userIdSchema }),
    output: z.object({ languages: z.array(languageTagSchema), automatic: languageTagSchema }),
  },
} satisfies ContractSlice<typeof handoffChannels>;
