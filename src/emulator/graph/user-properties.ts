/**
 * Every property of the v1.0 user resource (https://learn.microsoft.com/graph/api/resources/user#properties), so
 * `$select` accepts each one Graph accepts. Collections come back as [] and everything else as null when the
 * directory holds no value, the way Graph answers for an unset property.
 */
const collections = [
  'assignedLicenses',
  'assignedPlans',
  'businessPhones',
  'identities',
  'imAddresses',
  'interests',
  'licenseAssignmentStates',
  'onPremisesProvisioningErrors',
  'otherMails',
  'pastProjects',
  'provisionedPlans',
  'proxyAddresses',
  'responsibilities',
  'schools',
  'serviceProvisioningErrors',
  'skills',
] as const;

const singleValued = [
  'aboutMe',
  'accountEnabled',
  'ageGroup',
  'authorizationInfo',
  'birthday',
  'city',
  'companyName',
  'consentProvidedForMinor',
  'country',
  'createdDateTime',
  'creationType',
  'customSecurityAttributes',
  'deletedDateTime',
  'department',
  'displayName',
  'employeeHireDate',
  'employeeId',
  'employeeLeaveDateTime',
  'employeeOrgData',
  'employeeType',
  'externalUserState',
  'externalUserStateChangeDateTime',
  'faxNumber',
  'givenName',
  'hireDate',
  'id',
  'isResourceAccount',
  'jobTitle',
  'lastPasswordChangeDateTime',
  'legalAgeGroupClassification',
  'mail',
  'mailboxSettings',
  'mailNickname',
  'mobilePhone',
  'mySite',
  'officeLocation',
  'onPremisesDistinguishedName',
  'onPremisesDomainName',
  'onPremisesExtensionAttributes',
  'onPremisesImmutableId',
  'onPremisesLastSyncDateTime',
  'onPremisesSamAccountName',
  'onPremisesSecurityIdentifier',
  'onPremisesSyncEnabled',
  'onPremisesUserPrincipalName',
  'passwordPolicies',
  'passwordProfile',
  'postalCode',
  'preferredDataLocation',
  'preferredLanguage',
  'preferredName',
  'refreshTokensValidFromDateTime',
  'securityIdentifier',
  'showInAddressList',
  'signInActivity',
  'signInSessionsValidFromDateTime',
  'state',
  'streetAddress',
  'surname',
  'usageLocation',
  'userPrincipalName',
  'userType',
] as const;

export type UserProperty = (typeof collections)[number] | (typeof singleValued)[number];

export const userProperties: readonly UserProperty[] = [...singleValued, ...collections];

const collectionSet: ReadonlySet<string> = new Set(collections);

export const isCollection = (property: UserProperty): boolean => collectionSet.has(property);

/** Property names match case-insensitively; the answer uses the canonical casing. */
export const findUserProperty = (name: string): UserProperty | undefined => {
  const wanted = name.trim().toLowerCase();
  return userProperties.find((property) => property.toLowerCase() === wanted);
};

/** What Graph v1.0 returns for a user without `$select` ("Returned by default" in the property table). */
export const defaultUserProperties: readonly UserProperty[] = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];
