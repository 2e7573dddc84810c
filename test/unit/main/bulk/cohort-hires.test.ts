import { describe, expect, it } from 'vitest';
import { demoPeople, demoTechnicians } from '../../../../src/emulator';
import { findHires } from '../../../../src/main/bulk/cohort-hires';
import { toAppError } from '../../../../src/main/graph/error-mapping';
import { MAX_COHORT_ROWS } from '../../../../src/shared';
import { useEmulator } from '../../../support/use-emulator';
import { signedInApi } from './signed-in-api';

const emulator = useEmulator();

const api = () => signedInApi(emulator, demoTechnicians.auth.userPrincipalName);
const userLists = () => emulator.control.requestLog().filter((entry) => entry.method === 'GET' && entry.path === '/v1.0/users');

/** `count` people hired on the days of June 2031 in turn, the 1st to the 30th. */
const hireInJune = (count: number, surname: string) =>
  emulator.control.seedPeople({ count, surname }).map((person, index) => {
    const employeeHireDate = `2031-06-${String((index % 30) + 1).padStart(2, '0')}T00:00:00Z`;
    emulator.control.setUser(person.id, { employeeHireDate });
    return { ...person, employeeHireDate };
  });

// employeeHireDate ge/le is an advanced query (https://learn.microsoft.com/graph/aad-advanced-queries); paging by
// @odata.nextLink (https://learn.microsoft.com/graph/paging).
describe('finding people by hire date', () => {
  it('finds the days of the range, both included, sorted by hire date and then name, with what the check needs', async () => {
    emulator.control.setUser(demoPeople.inScope.id, { employeeHireDate: '2031-03-02T00:00:00Z' });
    emulator.control.setUser(demoPeople.outOfScope.id, { employeeHireDate: '2031-03-01T00:00:00Z' });
    emulator.control.setUser(demoPeople.disabled.id, { employeeHireDate: '2031-03-02T08:30:00Z' });
    emulator.control.setUser(demoPeople.withActivePass.id, { employeeHireDate: '2031-03-03T23:59:59Z' });
    emulator.control.setUser(demoPeople.guest.id, { employeeHireDate: '2031-03-04T00:00:00Z' });
    emulator.control.setUser(demoPeople.globalAdmin.id, { employeeHireDate: '2031-02-28T23:59:59Z' });

    const found = await findHires(api(), '2031-03-01', '2031-03-03');
    expect(found.more).toBe(false);
    expect(found.people.map((person) => person.id)).toEqual([demoPeople.outOfScope.id, demoPeople.inScope.id, demoPeople.disabled.id, demoPeople.withActivePass.id]);
    expect(found.people[1]).toEqual({
      id: demoPeople.inScope.id,
      displayName: demoPeople.inScope.displayName,
      userPrincipalName: demoPeople.inScope.userPrincipalName,
      mail: expect.any(String),
      preferredLanguage: 'de-DE',
      usageLocation: 'DE',
      employeeHireDate: '2031-03-02T00:00:00Z',
      accountEnabled: true,
    });
  });

  it('follows the next page, and sorts people hired on one day by name', async () => {
    const hired = hireInJune(MAX_COHORT_ROWS, 'June');
    const found = await findHires(api(), '2031-06-01', '2031-06-30');
    expect(userLists()).toHaveLength(2);
    expect(found.more).toBe(false);
    expect(found.people).toHaveLength(MAX_COHORT_ROWS);
    expect(new Set(found.people.map((person) => person.id))).toEqual(new Set(hired.map((person) => person.id)));
    const firstDay = found.people.filter((person) => person.employeeHireDate === '2031-06-01T00:00:00Z').map((person) => person.displayName);
    expect(firstDay).toEqual([...firstDay].sort((left, right) => left.localeCompare(right)));
    expect(found.people.map((person) => person.employeeHireDate)).toEqual(found.people.map((person) => person.employeeHireDate).sort());
  });

  it('stops at a cohort’s worth and says there are more', async () => {
    hireInJune(MAX_COHORT_ROWS + 1, 'Many');
    const found = await findHires(api(), '2031-06-01', '2031-06-30');
    expect(found).toMatchObject({ more: true });
    expect(found.people).toHaveLength(MAX_COHORT_ROWS);
  });

  it('answers with the mapped error when the technician may not list people', async () => {
    const failed = await findHires(signedInApi(emulator, demoTechnicians.auth.userPrincipalName, ['User.Read']), '2031-06-01', '2031-06-30').catch((error: unknown) => error);
    expect(toAppError(failed)).toMatchObject({ code: 'insufficient_role', requestId: expect.any(String) });
  });
});
