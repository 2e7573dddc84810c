import type { CohortMember } from './seed-cohort.js';

/** Header names as Graph spells the properties, which a cohort list's column mapping recognizes. */
const header = ['userPrincipalName', 'mail', 'employeeId', 'displayName', 'employeeHireDate', 'preferredLanguage'];

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The cohort as HR would hand it over: one line per person, the hire date as a calendar day, CRLF line ends. */
export const cohortCsv = (people: readonly CohortMember[]): string =>
  [header, ...people.map((person) => [person.userPrincipalName, person.mail, person.employeeId, person.displayName, person.employeeHireDate.slice(0, 10), person.preferredLanguage ?? ''])]
    .map((row) => `${row.map(field).join(',')}\r\n`)
    .join('');
