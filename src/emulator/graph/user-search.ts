import type { GraphUser } from '../state/model.js';

const searchable: ReadonlyArray<keyof GraphUser> = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'];

type Matcher = (user: GraphUser) => boolean;

export type SearchParse = { kind: 'ok'; matches: Matcher } | { kind: 'invalid'; message: string };

/** Words, lower-cased and without accents: "Lefèvre" is found by "lefe", "lena.fischer@…" by "fisch". */
const words = (value: string): string[] =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

const clauseMatcher = (property: keyof GraphUser, term: string): Matcher => {
  const wanted = words(term);
  return (user: GraphUser): boolean => {
    const value = user[property];
    if (typeof value !== 'string' || wanted.length === 0) return false;
    const have = words(value);
    return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)));
  };
};

/**
 * `"displayName:lena" OR "userPrincipalName:lena"`: quoted property:term clauses joined by OR/AND,
 * each term matching word prefixes (https://learn.microsoft.com/graph/search-query-parameter#using-search-on-directory-object-collections).
 */
export const parseSearch = (raw: string): SearchParse => {
  const tokens = [...raw.matchAll(/"([^"]*)"|\b(OR|AND)\b|(\S+)/g)];
  let matcher: Matcher | null = null;
  let pendingOperator: 'OR' | 'AND' | null = null;
  for (const [, clause, operator, stray] of tokens) {
    if (stray !== undefined) return { kind: 'invalid', message: `Syntax error: '${stray}' is not valid in $search.` };
    if (operator !== undefined) {
      if (matcher === null || pendingOperator !== null) return { kind: 'invalid', message: `Syntax error: unexpected '${operator}' in $search.` };
      pendingOperator = operator as 'OR' | 'AND';
      continue;
    }
    const separator = (clause ?? '').indexOf(':');
    const name = (clause ?? '').slice(0, separator);
    const property = searchable.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (separator === -1 || !property) {
      return { kind: 'invalid', message: `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.` };
    }
    const next = clauseMatcher(property, (clause ?? '').slice(separator + 1));
    const previous: Matcher | null = matcher;
    if (previous === null) matcher = next;
    else if (pendingOperator === 'AND') matcher = (user: GraphUser): boolean => previous(user) && next(user);
    else if (pendingOperator === 'OR') matcher = (user: GraphUser): boolean => previous(user) || next(user);
    else return { kind: 'invalid', message: 'Syntax error: clauses in $search must be joined by OR or AND.' };
    pendingOperator = null;
  }
  if (matcher === null || pendingOperator !== null) return { kind: 'invalid', message: 'Syntax error: $search is incomplete.' };
  return { kind: 'ok', matches: matcher };
};
