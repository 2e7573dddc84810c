import { identitiesOf } from '../directory/user-identities.js';
import { profileExtras } from '../fixture/demo-profile.js';
import type { GraphUser } from '../state/model.js';
import { defaultUserProperties, findUserProperty, isCollection, type UserProperty } from './user-properties.js';

export type SelectParse = { kind: 'ok'; properties: readonly UserProperty[] } | { kind: 'unknown'; name: string };

/** Property names in `$select` match case-insensitively and come back in their canonical casing. */
export const parseSelect = (raw: string | null): SelectParse => {
  if (raw === null || raw.trim() === '') return { kind: 'ok', properties: defaultUserProperties };
  const properties: UserProperty[] = [];
  for (const name of raw.split(',').map((item) => item.trim()).filter((item) => item !== '')) {
    const known = findUserProperty(name);
    if (!known) return { kind: 'unknown', name };
    if (!properties.includes(known)) properties.push(known);
  }
  return { kind: 'ok', properties };
};

const held = (user: GraphUser, property: UserProperty): property is UserProperty & keyof GraphUser => Object.hasOwn(user, property);

/** The user's value for one property: the directory's own, one Entra derives, the fixture's, or Graph's empty value. */
export const userValue = (user: GraphUser, property: UserProperty): unknown => {
  if (held(user, property)) return user[property];
  if (property === 'identities') return identitiesOf(user);
  const extra = profileExtras(user)[property as keyof ReturnType<typeof profileExtras>];
  if (extra !== undefined) return extra;
  return isCollection(property) ? [] : null;
};

export const projectUser = (user: GraphUser, properties: readonly UserProperty[]): Record<string, unknown> =>
  Object.fromEntries(properties.map((property) => [property, userValue(user, property)]));
