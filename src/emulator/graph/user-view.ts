import type { GraphUser } from '../state/model.js';

const userProperties: ReadonlyArray<keyof GraphUser> = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'companyName',
  'officeLocation',
  'city',
  'country',
  'usageLocation',
  'preferredLanguage',
  'accountEnabled',
  'userType',
  'creationType',
  'mobilePhone',
  'businessPhones',
  'proxyAddresses',
];

/** What Graph v1.0 returns for a user without `$select`: https://learn.microsoft.com/graph/api/resources/user#properties */
const defaultProperties: ReadonlyArray<keyof GraphUser> = [
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

export type SelectParse = { kind: 'ok'; properties: ReadonlyArray<keyof GraphUser> } | { kind: 'unknown'; name: string };

/** Property names in `$select` match case-insensitively and come back in their canonical casing. */
export const parseSelect = (raw: string | null): SelectParse => {
  if (raw === null || raw.trim() === '') return { kind: 'ok', properties: defaultProperties };
  const properties: Array<keyof GraphUser> = [];
  for (const name of raw.split(',').map((item) => item.trim()).filter((item) => item !== '')) {
    const known = userProperties.find((property) => property.toLowerCase() === name.toLowerCase());
    if (!known) return { kind: 'unknown', name };
    if (!properties.includes(known)) properties.push(known);
  }
  return { kind: 'ok', properties };
};

export const projectUser = (user: GraphUser, properties: ReadonlyArray<keyof GraphUser>): Record<string, unknown> =>
  Object.fromEntries(properties.map((property) => [property, user[property]]));
