import type { UserProperty } from './user-properties.js';

/** Whether an operator works on a property by default or only as an advanced query (ConsistencyLevel + $count). */
export type Support = 'default' | 'advanced';

/** `null` stands for `eq null`; `ne` and `not` follow from `eq` (see `supportOf`). */
export type FilterOperator = 'eq' | 'ne' | 'not' | 'in' | 'ge' | 'le' | 'startsWith' | 'endsWith' | 'null';

export type ValueType = 'string' | 'boolean' | 'dateTime';

interface PropertySupport {
  type: ValueType;
  operators: Partial<Record<Exclude<FilterOperator, 'ne' | 'not' | 'in'>, Support>> & { in?: Support };
}

const D = 'default';
const A = 'advanced';
/** eq, in, startsWith, ge and le by default; `eq null` only as an advanced query. */
const text = (nullValues: Support | undefined = A): PropertySupport => ({ type: 'string', operators: { eq: D, ge: D, le: D, startsWith: D, ...(nullValues ? { null: nullValues } : {}) } });
/** Every operator only as an advanced query. */
const advancedText = (): PropertySupport => ({ type: 'string', operators: { eq: A, in: A, ge: A, le: A, startsWith: A, null: A } });

/**
 * The user properties the emulator filters on and how, from the user table of "Support for filter by properties of
 * Microsoft Entra ID (directory) objects" (https://learn.microsoft.com/graph/aad-advanced-queries) and the
 * "Supports $filter (…)" notes of https://learn.microsoft.com/graph/api/resources/user#properties. Properties not
 * listed here (collections, which need lambda operators, among them) are answered as unsupported clauses.
 */
const userFilterSupport: Partial<Record<UserProperty, PropertySupport>> = {
  id: { type: 'string', operators: { eq: D } },
  accountEnabled: { type: 'boolean', operators: { eq: D, ge: A, le: A } },
  ageGroup: { type: 'string', operators: { eq: D } },
  city: text(),
  companyName: advancedText(),
  consentProvidedForMinor: { type: 'string', operators: { eq: D } },
  country: text(),
  createdDateTime: { type: 'dateTime', operators: { eq: D, in: A, ge: D, le: D } },
  creationType: { type: 'string', operators: { eq: D } },
  department: text(),
  displayName: text(),
  employeeHireDate: { type: 'dateTime', operators: { eq: A, in: A, ge: A, le: A } },
  employeeId: { type: 'string', operators: { eq: D, ge: A, le: A, startsWith: D, null: A } },
  employeeType: { type: 'string', operators: { eq: A, in: A, ge: A, le: A, startsWith: A } },
  externalUserState: { type: 'string', operators: { eq: D } },
  givenName: text(),
  jobTitle: text(),
  mail: { type: 'string', operators: { eq: D, ge: D, le: D, startsWith: D, endsWith: A, null: A } },
  mailNickname: text(),
  mobilePhone: advancedText(),
  officeLocation: advancedText(),
  onPremisesImmutableId: { type: 'string', operators: { eq: A, in: A, ge: A, le: A } },
  onPremisesSyncEnabled: { type: 'boolean', operators: { eq: D, ge: A, le: A } },
  preferredLanguage: advancedText(),
  surname: text(),
  usageLocation: text(undefined),
  userPrincipalName: { type: 'string', operators: { eq: D, ge: D, le: D, startsWith: D, endsWith: A } },
  userType: { type: 'string', operators: { eq: D, null: A } },
};

export const valueTypeOf = (property: UserProperty): ValueType | undefined => userFilterSupport[property]?.type;

/**
 * "The `in` operator is supported by default whenever `eq` operator is supported by default", and "The `not` and
 * `ne` negation operators are supported only with advanced query parameters … All properties that support the `eq`
 * operator also support the `ne` or `not` operators" (https://learn.microsoft.com/graph/aad-advanced-queries).
 */
export const supportOf = (property: UserProperty, operator: FilterOperator): Support | undefined => {
  const operators = userFilterSupport[property]?.operators;
  if (!operators) return undefined;
  if (operator === 'ne' || operator === 'not') return operators.eq ? A : undefined;
  if (operator === 'in') return operators.in ?? operators.eq;
  return operators[operator];
};

/** `$orderby` on users: displayName and userPrincipalName by default, createdDateTime only as an advanced query. */
export const orderBySupport: Partial<Record<UserProperty, Support>> = { displayName: D, userPrincipalName: D, createdDateTime: A };
