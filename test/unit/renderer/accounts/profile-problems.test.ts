import { describe, expect, it } from 'vitest';
import { accountsMessages as m } from '../../../../src/renderer/src/features/accounts/messages';
import { profileProblem, type ProfileField } from '../../../../src/renderer/src/features/accounts/profile-problems';
import { tenantProfileInputSchema } from '../../../../src/shared';

const valid = { label: 'Contoso', cloud: 'global', tenant: 'contoso.onmicrosoft.com', clientId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f' };

/** The first problem the schema finds in `field`, as the form words it. */
const problemWith = (field: ProfileField, value: string) => {
  const parsed = tenantProfileInputSchema.safeParse({ ...valid, [field]: value });
  const issue = parsed.error?.issues.find((candidate) => candidate.path[0] === field);
  if (!issue) throw new Error(`${field} = ${JSON.stringify(value)} was accepted`);
  return profileProblem(field, issue);
};

describe('the new profile form’s problems', () => {
  it('come from the schema as codes, not sentences', () => {
    const parsed = tenantProfileInputSchema.safeParse({ ...valid, label: ' ' });
    expect(parsed.error?.issues.map((issue) => issue.message)).not.toContain('Give the profile a name');
  });

  it.each([
    ['label', ' ', { message: m.profileNameMissing }],
    ['label', 'x'.repeat(81), { message: m.profileNameTooLong, values: { maximum: 80 } }],
    ['cloud', 'moon', { message: m.cloudMissing }],
    ['tenant', '', { message: m.tenantMissing }],
    ['tenant', 'a'.repeat(257), { message: m.tenantTooLong, values: { maximum: 256 } }],
    ['tenant', 'contoso..com', { message: m.tenantInvalid }],
    ['clientId', 'abc', { message: m.clientIdInvalid }],
    ['clientId', '', { message: m.clientIdInvalid }],
  ] as const)('word %s = %j by field and issue code', (field, value, expected) => {
    expect(problemWith(field, value)).toEqual(expected);
  });
});
