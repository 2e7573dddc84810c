import { z } from 'zod';

/** What one channel takes and gives: the input is parsed in main, the output is what main returns. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** A feature's part of the contract: a spec for every channel the feature names. */
export type ContractSlice<Names extends Record<string, string>> = { [C in keyof Names]: ChannelSpec };

/** Inputs refuse keys they do not declare: a payload either means exactly this or nothing. */
export const input = z.strictObject;

/** A channel that takes nothing; any payload at all is refused. */
export const none = z.void();
