import { z } from 'zod';

/** How many of a file's problems are listed; the rest are counted. */
export const MANAGED_ISSUES_SHOWN = 5;

/** Where in the file, as a JSON path such as `$.profiles[0].clientId`. */
const at = { path: z.string() };

/**
 * One problem found in the file, as a code with what the screen needs to word it in the technician's language.
 * `origin` says what a limit counts (`number`, `string` characters, `array` entries).
 */
export const managedIssueSchema = z.discriminatedUnion('code', [
  z.object({ ...at, code: z.literal('required') }),
  z.object({ ...at, code: z.literal('wrong_type'), expected: z.string() }),
  z.object({ ...at, code: z.literal('unknown_key') }),
  z.object({ ...at, code: z.enum(['too_small', 'too_big']), origin: z.string(), limit: z.number() }),
  z.object({ ...at, code: z.literal('not_allowed'), values: z.array(z.string()) }),
  z.object({ ...at, code: z.literal('invalid_format'), format: z.string() }),
  z.object({ ...at, code: z.enum(['duplicate_id', 'reserved_id']), id: z.string() }),
  z.object({ ...at, code: z.literal('invalid') }),
]);
export type ManagedIssue = z.infer<typeof managedIssueSchema>;

/** Why the organisation's file could not be used; `detail` is the system's or parser's own English, shown as technical detail. */
export const managedProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unreadable'), detail: z.string() }),
  z.object({ kind: z.literal('too_large'), maxBytes: z.number() }),
  z.object({ kind: z.literal('not_json'), detail: z.string(), line: z.number().optional(), column: z.number().optional() }),
  z.object({ kind: z.literal('unsupported_version'), version: z.string() }),
  z.object({ kind: z.literal('invalid'), issues: z.array(managedIssueSchema).max(MANAGED_ISSUES_SHOWN), moreIssues: z.number() }),
]);
export type ManagedProblem = z.infer<typeof managedProblemSchema>;

export const managedStatusSchema = z.object({
  /** The file TAP Desk read, or looked for; null when it was started without looking (tests). */
  file: z.string().nullable(),
  /** `none`: there is no file, the normal case; `ignored`: the file could not be used and TAP Desk runs without it. */
  state: z.enum(['none', 'applied', 'ignored']),
  problem: managedProblemSchema.nullable(),
  /** True when demo mode was asked for and the organisation turns it off. */
  demoRefused: z.boolean(),
});
export type ManagedStatus = z.infer<typeof managedStatusSchema>;
