import type { CheckedRow, CohortCheck, CohortFinding, CohortPerson, TapPolicy } from '../../../../src/shared';

const personOf = (id: string, displayName: string): CohortPerson => ({
  id,
  displayName,
  userPrincipalName: `${id}@contoso.com`,
  mail: `${id}@contoso.com`,
  preferredLanguage: null,
  usageLocation: 'DE',
  employeeHireDate: null,
  accountEnabled: true,
});

/** A checked row with the finding's usual companions: a person when one was found, a pass when one is held. */
export const findingRow = (line: number, finding: CohortFinding, extra: Partial<CheckedRow> = {}): CheckedRow => ({
  line,
  key: `person${line}@contoso.com`,
  keyKind: 'userPrincipalName',
  options: {},
  finding,
  person: finding === 'not_found' || finding === 'ambiguous' ? null : personOf(`person${line}`, `Person ${line}`),
  existingPass:
    finding === 'has_pass'
      ? {
          id: `pass-${line}`,
          createdDateTime: '2030-04-28T08:00:00Z',
          startDateTime: null,
          lifetimeInMinutes: 60,
          isUsableOnce: false,
          isUsable: true,
          methodUsabilityReason: 'EnabledByPolicy',
        }
      : null,
  candidates: finding === 'ambiguous' ? 2 : null,
  duplicateOf: finding === 'duplicate' ? 2 : null,
  error: finding === 'unchecked' ? { code: 'service_unavailable', requestId: 'req-1' } : null,
  language: 'en',
  ...extra,
});

/** The row's person with a hire date, as Entra holds it (the day's midnight UTC). */
export const hiredOn = (row: CheckedRow, employeeHireDate: string): CheckedRow => ({
  ...row,
  person: row.person && { ...row.person, employeeHireDate },
});

export const policyOf = (extra: Partial<TapPolicy> = {}): TapPolicy => ({
  state: 'enabled',
  defaultLifetimeInMinutes: 480,
  defaultLength: 8,
  minimumLifetimeInMinutes: 60,
  maximumLifetimeInMinutes: 1440,
  isUsableOnce: false,
  ...extra,
});

export const checkOf = (rows: CheckedRow[], extra: Partial<CohortCheck> = {}): CohortCheck => ({
  cohortId: '6a1f3e0c-2b4d-4c8e-9f10-1a2b3c4d5e6f',
  rows,
  policy: policyOf(),
  policyScopeChecked: true,
  checkedAt: '2030-05-01T09:00:00Z',
  ...extra,
});
