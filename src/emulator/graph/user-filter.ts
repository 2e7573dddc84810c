import type { GraphUser } from '../state/model.js';
import { problems, type GraphProblem } from './graph-error.js';
import { supportOf, valueTypeOf, type FilterOperator } from './user-filter-support.js';
import { FilterFailure } from './odata-tokens.js';
import { parseFilterExpression, type FilterNode, type Literal } from './user-filter-parse.js';
import type { UserProperty } from './user-properties.js';
import { userValue } from './user-view.js';

interface Use {
  property: UserProperty;
  operator: FilterOperator;
}

/** Every property and operator the expression uses; anything under `not` counts as a `not` as well. */
const usesOf = (node: FilterNode, negated = false): Use[] => {
  const tagged = (property: UserProperty, operator: FilterOperator): Use[] => [{ property, operator }, ...(negated ? [{ property, operator: 'not' as const }] : [])];
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...usesOf(node.left, negated), ...usesOf(node.right, negated)];
    case 'not':
      return usesOf(node.operand, true);
    case 'in':
      return tagged(node.property, 'in');
    case 'function':
      return tagged(node.property, node.name);
    case 'compare':
      return tagged(node.property, node.value === null ? (node.operator === 'eq' ? 'null' : 'ne') : node.operator);
  }
};

const edmType = (value: Literal): string =>
  value === null ? 'null' : typeof value === 'boolean' ? 'Edm.Boolean' : typeof value === 'number' ? 'Edm.Int32' : typeof value === 'string' ? 'Edm.String' : 'Edm.DateTimeOffset';

const operatorKind = { eq: 'Equal', ne: 'NotEqual', ge: 'GreaterThanOrEqual', le: 'LessThanOrEqual' } as const;

/** OData refuses comparing a property with a literal of another type before running anything. */
const checkTypes = (node: FilterNode): void => {
  if (node.kind === 'and' || node.kind === 'or') {
    checkTypes(node.left);
    checkTypes(node.right);
  } else if (node.kind === 'not') {
    checkTypes(node.operand);
  } else if (node.kind === 'compare' || node.kind === 'in') {
    const type = valueTypeOf(node.property);
    const expected = type === 'boolean' ? 'Edm.Boolean' : type === 'dateTime' ? 'Edm.DateTimeOffset' : 'Edm.String';
    for (const value of node.kind === 'in' ? node.values : [node.value]) {
      if (value === null || type === undefined || edmType(value) === expected) continue;
      const kind = node.kind === 'in' ? 'In' : operatorKind[node.operator];
      throw new FilterFailure(problems.badRequest(`A binary operator with incompatible types was detected. Found operand types '${expected}' and '${edmType(value)}' for operator kind '${kind}'.`));
    }
  }
};

/**
 * Operators on properties that need advanced query parameters answer 400 Request_UnsupportedQuery without them
 * (https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects);
 * what no property supports is an unsupported clause either way.
 */
const checkSupport = (uses: readonly Use[], advanced: boolean): void => {
  for (const { property, operator } of uses) {
    const support = supportOf(property, operator);
    if (support === undefined) throw new FilterFailure(problems.unsupportedFilterClause(property));
    if (support === 'advanced' && !advanced) {
      throw new FilterFailure(
        operator === 'ne' || operator === 'not' || operator === 'endsWith' ? problems.operatorNeedsAdvancedQuery(operator) : problems.unsupportedFilterClause(property),
      );
    }
  }
};

const comparable = (value: unknown): string | number | boolean | null => {
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
};

const literalValue = (literal: Literal, property: UserProperty): string | number | boolean | null => {
  if (literal !== null && typeof literal === 'object') return literal.dateTime;
  if (valueTypeOf(property) === 'dateTime' && typeof literal === 'string') return Date.parse(literal);
  return comparable(literal);
};

const propertyValue = (user: GraphUser, property: UserProperty): string | number | boolean | null => {
  const value = userValue(user, property);
  if (valueTypeOf(property) === 'dateTime' && typeof value === 'string') return Date.parse(value);
  return comparable(value);
};

/** Directory string comparisons ignore case. */
const matches = (node: FilterNode, user: GraphUser): boolean => {
  switch (node.kind) {
    case 'and':
      return matches(node.left, user) && matches(node.right, user);
    case 'or':
      return matches(node.left, user) || matches(node.right, user);
    case 'not':
      return !matches(node.operand, user);
    case 'in':
      return node.values.some((value) => propertyValue(user, node.property) === literalValue(value, node.property));
    case 'function': {
      const value = propertyValue(user, node.property);
      if (typeof value !== 'string') return false;
      const wanted = node.value.toLowerCase();
      return node.name === 'startsWith' ? value.startsWith(wanted) : value.endsWith(wanted);
    }
    case 'compare': {
      const have = propertyValue(user, node.property);
      const wanted = literalValue(node.value, node.property);
      if (node.operator === 'eq') return have === wanted;
      if (node.operator === 'ne') return have !== wanted;
      if (have === null || wanted === null) return false;
      return node.operator === 'ge' ? have >= wanted : have <= wanted;
    }
  }
};

export type FilterParse = { kind: 'ok'; matches: (user: GraphUser) => boolean } | { kind: 'failed'; problem: GraphProblem };

/**
 * `$filter` on /users (https://learn.microsoft.com/graph/filter-query-parameter): eq, ne, not, in, ge, le,
 * startsWith, endsWith, and, or and parentheses over the properties in `user-filter-support.ts`.
 */
export const parseUserFilter = (raw: string, advanced: boolean): FilterParse => {
  try {
    const tree = parseFilterExpression(raw);
    checkSupport(usesOf(tree), advanced);
    checkTypes(tree);
    return { kind: 'ok', matches: (user) => matches(tree, user) };
  } catch (error) {
    if (error instanceof FilterFailure) return { kind: 'failed', problem: error.problem };
    throw error;
  }
};
