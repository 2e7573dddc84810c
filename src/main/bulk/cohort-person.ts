import type { CohortPerson } from '../../shared';
import { directoryUserFields, toDirectoryUser, type DirectoryUser } from '../graph/graph-api';

type Raw = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * `employeeHireDate` is returned only on `$select` (https://learn.microsoft.com/graph/api/resources/user#properties),
 * so every read of a cohort's people names it.
 */
export const cohortPersonFields: readonly string[] = [...directoryUserFields, 'employeeHireDate'];

const toCohortPerson = (user: DirectoryUser, raw: Raw): CohortPerson => ({
  id: user.id,
  displayName: user.displayName,
  userPrincipalName: user.userPrincipalName,
  mail: user.mail,
  preferredLanguage: user.preferredLanguage,
  usageLocation: user.usageLocation,
  employeeHireDate: str(raw.employeeHireDate),
  accountEnabled: user.accountEnabled,
});

/** A person as one list or lookup answered them: the desk's view for issuing, and the cohort's for the screen. */
export const readPerson = (raw: Raw): { user: DirectoryUser; person: CohortPerson } => {
  const user = toDirectoryUser(raw);
  return { user, person: toCohortPerson(user, raw) };
};
