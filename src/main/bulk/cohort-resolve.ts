import type { AppError, CohortPerson, CohortRow } from '../../shared';
import { appErrorFromAnswer } from '../graph/error-mapping';
import type { DirectoryUser } from '../graph/graph-api';
import type { BatchAnswer, BatchGet } from '../graph/graph-batch';
import { noAnswer } from './batch-steps';
import { cohortPersonFields, readPerson } from './cohort-person';

/** Whom a row's key names: one person, nobody, several people, or not known because the lookup failed. */
export type Resolution =
  | { kind: 'found'; user: DirectoryUser; person: CohortPerson }
  | { kind: 'not_found' }
  | { kind: 'ambiguous'; candidates: number }
  | { kind: 'failed'; error: AppError };

/**
 * A quote inside an OData string literal is doubled, and the whole filter is percent-encoded, so a `+` or `&` in a
 * mail address stays part of it (https://learn.microsoft.com/graph/query-parameters).
 */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

const select = () => `$select=${cohortPersonFields.join(',')}`;

/**
 * A sign-in name or object id addresses the user itself (https://learn.microsoft.com/graph/api/user-get). A mail
 * address or employee id is a filter; `eq` on `mail` and on `employeeId` works by default, without the advanced
 * query parameters (https://learn.microsoft.com/graph/aad-advanced-queries, user properties table), so the lookup
 * reads the directory itself rather than its eventually consistent index, where today's accounts may be missing.
 * Two answers are enough to tell that a key names more than one person.
 */
const lookupOf = (row: CohortRow, id: string): BatchGet => {
  if (row.keyKind === 'userPrincipalName' || row.keyKind === 'id') return { id, url: `/users/${encodeURIComponent(row.key)}?${select()}` };
  const filter = encodeURIComponent(`${row.keyKind} eq ${literal(row.key)}`);
  return { id, url: `/users?$filter=${filter}&${select()}&$top=2` };
};

const found = (raw: Record<string, unknown>): Resolution => ({ kind: 'found', ...readPerson(raw) });

const resolutionOf = (row: CohortRow, answer: BatchAnswer | undefined): Resolution => {
  if (!answer) return { kind: 'failed', error: noAnswer() };
  const direct = row.keyKind === 'userPrincipalName' || row.keyKind === 'id';
  if (direct && answer.status === 404) return { kind: 'not_found' };
  if (answer.status !== 200 || answer.body === null || typeof answer.body !== 'object') return { kind: 'failed', error: appErrorFromAnswer(answer) };
  const body = answer.body as Record<string, unknown>;
  if (direct) return found(body);
  const people = Array.isArray(body.value) ? (body.value as Record<string, unknown>[]) : [];
  if (people.length === 0) return { kind: 'not_found' };
  return people.length === 1 ? found(people[0]!) : { kind: 'ambiguous', candidates: people.length };
};

/** The lookups of the rows, one per row, told apart by the row's line. */
export const lookupsOf = (rows: readonly CohortRow[]): BatchGet[] => rows.map((row) => lookupOf(row, `k${row.line}`));

/** Each row's resolution from the answers to `lookupsOf`, by line. */
export const resolutionsOf = (rows: readonly CohortRow[], answers: ReadonlyMap<string, BatchAnswer>): Map<number, Resolution> =>
  new Map(rows.map((row) => [row.line, resolutionOf(row, answers.get(`k${row.line}`))]));

/** Whether the row's lookup has been answered, so its person is known or the row is settled. */
export const isLookedUp = (row: CohortRow, answers: ReadonlyMap<string, BatchAnswer>): boolean => answers.has(`k${row.line}`);
