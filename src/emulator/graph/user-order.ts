import type { GraphUser } from '../state/model.js';
import { problems, type GraphProblem } from './graph-error.js';
import { orderBySupport } from './user-filter-support.js';
import { findUserProperty, type UserProperty } from './user-properties.js';
import { userValue } from './user-view.js';

type Comparator = (left: GraphUser, right: GraphUser) => number;

export type OrderParse = { kind: 'ok'; compare: Comparator; needsAdvanced: boolean } | { kind: 'failed'; problem: GraphProblem };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const byProperty = (property: UserProperty, descending: boolean): Comparator => (left, right) => {
  const order = text(userValue(left, property)).localeCompare(text(userValue(right, property)), 'en', { sensitivity: 'base' });
  return descending ? -order : order;
};

/** `$orderby=displayName desc, userPrincipalName`: https://learn.microsoft.com/graph/query-parameters#orderby-parameter */
export const parseOrderBy = (raw: string): OrderParse => {
  const comparators: Comparator[] = [];
  let needsAdvanced = false;
  for (const clause of raw.split(',').map((item) => item.trim()).filter((item) => item !== '')) {
    const [name = '', direction = 'asc', ...rest] = clause.split(/\s+/);
    const property = findUserProperty(name);
    if (!property) return { kind: 'failed', problem: problems.unknownProperty(name) };
    const support = orderBySupport[property];
    if (!support) return { kind: 'failed', problem: problems.unsupportedSortClause(property) };
    if (rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) {
      return { kind: 'failed', problem: problems.badRequest(`Invalid sort clause: '${clause}'.`) };
    }
    needsAdvanced ||= support === 'advanced';
    comparators.push(byProperty(property, direction.toLowerCase() === 'desc'));
  }
  return {
    kind: 'ok',
    needsAdvanced,
    compare: (left, right) => comparators.reduce((result, compare) => result || compare(left, right), 0),
  };
};
