import { describe, expect, it } from 'vitest';
import type { DirectoryUser } from '../../../../src/main/graph/graph-api';
import { roleIds as roles } from '../../../../src/shared';
import { preflight } from '../../../../src/main/issuing/preflight';

const user = (overrides: Partial<DirectoryUser> = {}): DirectoryUser => ({
  id: 'u1',
  displayName: 'Lena Fischer',
  userPrincipalName: 'lena.fischer@contoso.com',
  mail: null,
  jobTitle: null,
  department: null,
  accountEnabled: true,
  userType: 'Member',
  usageLocation: 'DE',
  preferredLanguage: 'de-DE',
  officeLocation: null,
  creationType: null,
  ...overrides,
});
const policy = { state: 'enabled' as const, defaultLifetimeInMinutes: 60, defaultLength: 8, minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480, isUsableOnce: false };
const base = { technicianId: 'tech', policy, technicianRoleIds: [roles.authenticationAdministrator], targetRoleIds: [], canReadMethods: true };
const codes = (input: Parameters<typeof preflight>[0]) => preflight(input).map((finding) => `${finding.severity}:${finding.code}`);

describe('pre-flight', () => {
  it('finds nothing for an ordinary member', () => {
    expect(codes({ ...base, user: user() })).toEqual([]);
  });

  it('reports codes, which the screen words in its own language', () => {
    expect(preflight({ ...base, user: user({ accountEnabled: false }), policy: { ...policy, state: 'disabled' } })).toEqual([
      { severity: 'block', code: 'policy_disabled' },
      { severity: 'warn', code: 'account_disabled' },
    ]);
  });

  it('blocks a disabled policy, the technician themself and external guests', () => {
    expect(codes({ ...base, user: user(), policy: { ...policy, state: 'disabled' } })).toEqual(['block:policy_disabled']);
    expect(codes({ ...base, user: user({ id: 'tech' }) })).toEqual(['block:self_target']);
    expect(codes({ ...base, user: user({ userType: 'Guest', userPrincipalName: 'jo_fabrikam.com#EXT#@contoso.com' }) })).toEqual(['block:external_guest']);
    expect(codes({ ...base, user: user({ userType: 'Guest', creationType: 'Invitation' }) })).toEqual(['block:external_guest']);
    expect(codes({ ...base, user: user({ userType: 'Guest' }) })).toEqual([]);
  });

  it('only warns about a disabled account', () => {
    expect(codes({ ...base, user: user({ accountEnabled: false }) })).toEqual(['warn:account_disabled']);
  });

  it('warns when an Authentication Administrator looks at an admin, not when a Privileged Authentication Administrator does', () => {
    const admin = { ...base, user: user(), targetRoleIds: [roles.globalAdministrator] };
    expect(codes(admin)).toEqual(['warn:privileged_target']);
    expect(codes({ ...admin, technicianRoleIds: [roles.privilegedAuthenticationAdministrator] })).toEqual([]);
    expect(codes({ ...admin, targetRoleIds: [roles.passwordAdministrator] })).toEqual([]);
    expect(codes({ ...admin, targetRoleIds: [roles.helpdeskAdministrator] })).toEqual(['warn:privileged_target']);
    expect(codes({ ...admin, technicianRoleIds: null })).toEqual(['warn:privileged_target']);
    expect(codes({ ...admin, targetRoleIds: null })).toEqual([]);
  });

  it('blocks when Graph refused to show the methods: an admin out of reach, or no managing role at all', () => {
    expect(codes({ ...base, user: user(), targetRoleIds: [roles.globalAdministrator], canReadMethods: false })).toEqual(['block:privileged_target']);
    expect(codes({ ...base, user: user(), technicianRoleIds: [], canReadMethods: false })).toEqual(['block:insufficient_role']);
  });
});
