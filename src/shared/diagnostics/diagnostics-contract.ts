import { z } from 'zod';
import { none, type ContractSlice } from '../contract-slice';
import type { diagnosticsChannels } from './channels';

/** What main put on the clipboard, for the screen to say: how many recent failures, and where the log is. */
export const diagnosticsCopiedSchema = z.object({
  failures: z.number().int().nonnegative(),
  /** Null when this desk keeps no log file. */
  logFile: z.string().nullable(),
});
export type DiagnosticsCopied = z.infer<typeof diagnosticsCopiedSchema>;

export const diagnosticsContract = {
  /**
   * Puts a plain-text report for the service desk on the clipboard: versions, the operating system, the tenant
   * profiles, the account and its granted permissions, the recent failures with their request ids, the log's
   * path. Never a pass or a token.
   */
  'diagnostics:copy': { input: none, output: diagnosticsCopiedSchema },
} satisfies ContractSlice<typeof diagnosticsChannels>;
