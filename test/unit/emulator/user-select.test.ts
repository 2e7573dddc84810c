import { beforeAll, describe, expect, it } from 'vitest';
import { demoMailboxes, demoPeople, demoTechnicians } from '../../../src/emulator/index.js';
import { graphError, useHarness } from './emulator-harness.js';

const harness = useHarness();
let token: string;
beforeAll(async () => {
  token = await harness.tokenFor(demoTechnicians.auth.userPrincipalName);
});

const read = async (path: string): Promise<Record<string, unknown>> => {
  const response = await harness.graph(path, { token });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
};

// Property table of https://learn.microsoft.com/graph/api/resources/user#properties
describe('$select on the v1.0 user resource (https://learn.microsoft.com/graph/api/resources/user)', () => {
  const documented = [
    'aboutMe', 'accountEnabled', 'ageGroup', 'assignedLicenses', 'assignedPlans', 'authorizationInfo', 'birthday', 'businessPhones', 'city',
    'companyName', 'consentProvidedForMinor', 'country', 'createdDateTime', 'creationType', 'customSecurityAttributes', 'deletedDateTime',
    'department', 'displayName', 'employeeHireDate', 'employeeId', 'employeeLeaveDateTime', 'employeeOrgData', 'employeeType',
    'externalUserState', 'externalUserStateChangeDateTime', 'faxNumber', 'givenName', 'hireDate', 'id', 'identities', 'imAddresses',
    'interests', 'isResourceAccount', 'jobTitle', 'lastPasswordChangeDateTime', 'legalAgeGroupClassification', 'licenseAssignmentStates',
    'mail', 'mailboxSettings', 'mailNickname', 'mobilePhone', 'mySite', 'officeLocation', 'onPremisesDistinguishedName', 'onPremisesDomainName',
    'onPremisesExtensionAttributes', 'onPremisesImmutableId', 'onPremisesLastSyncDateTime', 'onPremisesProvisioningErrors',
    'onPremisesSamAccountName', 'onPremisesSecurityIdentifier', 'onPremisesSyncEnabled', 'onPremisesUserPrincipalName', 'otherMails',
    'passwordPolicies', 'passwordProfile', 'pastProjects', 'postalCode', 'preferredDataLocation', 'preferredLanguage', 'preferredName',
    'provisionedPlans', 'proxyAddresses', 'responsibilities', 'schools', 'securityIdentifier', 'serviceProvisioningErrors',
    'showInAddressList', 'signInActivity', 'signInSessionsValidFromDateTime', 'skills', 'state', 'streetAddress', 'surname',
    'usageLocation', 'userPrincipalName', 'userType',
  ];

  it('accepts every documented property, on one user and on the list, and answers exactly what was selected', async () => {
    const user = await read(`/users/${demoPeople.inScope.id}?$select=${documented.join(',')}`);
    expect(Object.keys(user).filter((key) => !key.startsWith('@odata')).sort()).toEqual([...documented].sort());
    const list = (await read(`/users?$top=3&$select=${documented.join(',')}`)) as { value: Array<Record<string, unknown>> };
    for (const entry of list.value) expect(Object.keys(entry).sort()).toEqual([...documented].sort());
  });

  it('gives the values the tenant holds and derives, case-insensitively by name', async () => {
    const user = await read(`/users/${demoPeople.inScope.id}?$select=CREATEDDATETIME,employeeId,employeeHireDate,employeeType,mailNickname,identities,onPremisesSyncEnabled,usageLocation`);
    expect(user).toMatchObject({
      createdDateTime: expect.stringMatching(/^2024-\d\d-\d\dT\d\d:\d\d:00Z$/),
      employeeId: expect.stringMatching(/^\d{6}$/),
      employeeHireDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT00:00:00Z$/),
      employeeType: 'Employee',
      mailNickname: 'lena.fischer',
      identities: [{ signInType: 'userPrincipalName', issuer: 'tapdeskdemo.onmicrosoft.com', issuerAssignedId: demoPeople.inScope.userPrincipalName }],
      onPremisesSyncEnabled: null,
      usageLocation: 'DE',
    });
    expect(Date.parse(String(user['employeeHireDate']))).toBeGreaterThan(Date.parse(String(user['createdDateTime'])));
    // Stable across resets: the same tenant every run.
    harness.emulator.control.reset();
    expect((await read(`/users/${demoPeople.inScope.id}?$select=createdDateTime,employeeId`))).toMatchObject({ createdDateTime: user['createdDateTime'], employeeId: user['employeeId'] });
  });

  it('answers properties the tenant has no value for with null, and collections with []', async () => {
    const user = await read(`/users/${demoPeople.inScope.id}?$select=otherMails,ageGroup,onPremisesImmutableId,employeeLeaveDateTime,imAddresses,assignedLicenses,faxNumber`);
    expect(user).toEqual({
      '@odata.context': expect.any(String),
      otherMails: [],
      ageGroup: null,
      onPremisesImmutableId: null,
      employeeLeaveDateTime: null,
      imAddresses: [],
      assignedLicenses: [],
      faxNumber: null,
    });
  });

  it('has no staff attributes for the invited guest or a shared mailbox; the guest shows as accepted and out of the address list', async () => {
    const guest = await read(`/users/${demoPeople.guest.id}?$select=employeeId,employeeType,externalUserState,showInAddressList`);
    expect(guest).toMatchObject({ employeeId: null, employeeType: null, externalUserState: 'Accepted', showInAddressList: false });
    const mailbox = await read(`/users/${demoMailboxes.serviceDesk.id}?$select=employeeId,externalUserState,mailNickname`);
    expect(mailbox).toMatchObject({ employeeId: null, externalUserState: null, mailNickname: 'servicedesk' });
  });

  it('refuses an undocumented property with 400, as before', async () => {
    const response = await harness.graph(`/users/${demoPeople.inScope.id}?$select=displayName,shoeSize`, { token });
    expect(response.status).toBe(400);
    expect(await graphError(response)).toMatchObject({ code: 'BadRequest', message: "Could not find a property named 'shoeSize' on type 'microsoft.graph.user'." });
  });
});
