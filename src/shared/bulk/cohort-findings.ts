import { z } from 'zod';
import { errorCodeSchema } from '../errors';
import { existingPassSchema, tapPolicySchema } from '../issuing';
import { cohortKeyKindSchema, cohortRowOptionsSchema } from './cohort-rows';

/**
 * What checking a row found, one finding per row, the one that matters most:
 * - `ready`: nothing stands in the way;
 * - `has_pass`: they hold a pass already, which only an explicit Replace may replace;
 * - `disabled`: the account is disabled, so a pass would not work until it is enabled;
 * - `privileged`: they hold an admin role (a pass for an admin is an admin's key);
 * - `not_found`, `ambiguous` (the key names several people), `guest` (an external guest cannot hold a pass),
 *   `outside_policy` (the tenant's pass policy does not include them, or is off), `self` (the technician),
 *   `duplicate` (the same person on an earlier line), `insufficient_role` (the technician's role may not see
 *   their methods, or issue for an admin);
 * - `unchecked`: the check itself failed for this row, with the error.
 */
export const cohortFindingSchema = z.enum([
  'ready',
  'has_pass',
  'disabled',
  'privileged',
  'not_found',
  'ambiguous',
  'guest',
  'outside_policy',
  'self',
  'duplicate',
  'insufficient_role',
  'unchecked',
]);
export type CohortFinding = z.infer<typeof cohortFindingSchema>;

/** What the technician may do with a row: issue (to someone without a pass), replace the pass they hold, or skip. */
export const cohortActionSchema = z.enum(['issue', 'replace', 'skip']);
export type CohortAction = z.infer<typeof cohortActionSchema>;

/** The choices each finding offers, the safe one first (it is the default). */
export const choicesFor = (finding: CohortFinding): readonly CohortAction[] => {
  switch (finding) {
    case 'ready':
      return ['issue', 'skip'];
    case 'has_pass':
      return ['skip', 'replace'];
    case 'disabled':
    case 'privileged':
      return ['skip', 'issue'];
    default:
      return ['skip'];
  }
};

export const cohortPersonSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  mail: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  usageLocation: z.string().nullable(),
  /** ISO 8601, as Entra holds it; null when HR sets none. */
  employeeHireDate: z.string().nullable(),
  accountEnabled: z.boolean().nullable(),
});
export type CohortPerson = z.infer<typeof cohortPersonSchema>;

export const checkedRowSchema = z.object({
  line: z.number().int().positive(),
  key: z.string(),
  keyKind: cohortKeyKindSchema,
  options: cohortRowOptionsSchema,
  finding: cohortFindingSchema,
  person: cohortPersonSchema.nullable(),
  /** The pass they hold now (with `has_pass`), as read during the check. */
  existingPass: existingPassSchema.nullable(),
  /** With `ambiguous`: how many people the key names. */
  candidates: z.number().int().nonnegative().nullable(),
  /** With `duplicate`: the line that names the same person first. */
  duplicateOf: z.number().int().positive().nullable(),
  /** With `unchecked` (and refusals Graph gave): the error code and Graph's request id. */
  error: z.object({ code: errorCodeSchema, requestId: z.string().nullable() }).nullable(),
  /** The language this person's slip and notice will be in. */
  language: z.string(),
});
export type CheckedRow = z.infer<typeof checkedRowSchema>;

export const cohortCheckSchema = z.object({
  cohortId: z.uuid(),
  rows: z.array(checkedRowSchema),
  /** Null when the technician's role may not read the policy: the service still enforces it when issuing. */
  policy: tapPolicySchema.nullable(),
  /** False when the policy's groups could not be checked: `outside_policy` is then found only when issuing. */
  policyScopeChecked: z.boolean(),
  checkedAt: z.iso.datetime(),
});
export type CohortCheck = z.infer<typeof cohortCheckSchema>;
