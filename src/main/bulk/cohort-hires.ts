import { MAX_COHORT_ROWS, type CohortPerson } from '../../shared';
import type { GraphApi } from '../graph/graph-api';
import { ownPageUrl } from '../graph/own-page-url';
import { cohortPersonFields, readPerson } from './cohort-person';

/** The largest page `/users` serves (https://learn.microsoft.com/graph/paging). */
const PAGE_SIZE = 999;

const byHireDateThenName = (left: CohortPerson, right: CohortPerson): number =>
  (left.employeeHireDate ?? '').localeCompare(right.employeeHireDate ?? '') || left.displayName.localeCompare(right.displayName);

/**
 * People whose hire date falls on one of the days from `from` to `to` (ISO dates, both included), at most a cohort's
 * worth, sorted by hire date and then name. The user resource lists no `$orderby` on `employeeHireDate`
 * (https://learn.microsoft.com/graph/api/resources/user#properties), so with `more` the people are the first the
 * directory listed, not the earliest hires. A next page is followed only to this cloud's own users endpoint; a
 * link elsewhere ends the list, with `more`.
 */
export const findHires = async (api: GraphApi, from: string, to: string): Promise<{ people: CohortPerson[]; more: boolean }> => {
  const people: CohortPerson[] = [];
  let page = await api.hiredBetween({ from: `${from}T00:00:00Z`, to: `${to}T23:59:59Z`, select: cohortPersonFields, top: PAGE_SIZE });
  for (;;) {
    people.push(...page.users.map((raw) => readPerson(raw).person));
    const next = page.nextLink === null ? null : ownPageUrl(page.nextLink, api.graphHost, '/v1.0/users');
    if (people.length > MAX_COHORT_ROWS || next === null) break;
    page = await api.hiredBetween({ nextLink: next });
  }
  // Past a cohort's worth, or a next page that is not followed: either way the range holds more people.
  const more = people.length > MAX_COHORT_ROWS || page.nextLink !== null;
  return { people: people.slice(0, MAX_COHORT_ROWS).sort(byHireDateThenName), more };
};
