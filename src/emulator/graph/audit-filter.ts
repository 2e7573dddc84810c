import type { AuditTargetResource, DirectoryAudit } from '../state/model.js';
import { problems, type GraphProblem } from './graph-error.js';
import { FilterFailure, isoDateTime, tokenize, TokenCursor, type Token } from './odata-tokens.js';

const comparisons = ['eq', 'ge', 'le', 'gt', 'lt'] as const;
type Comparison = (typeof comparisons)[number];
type Operator = Comparison | 'startswith';
type Predicate<T> = (item: T) => boolean;

interface Field<T> {
  type: 'string' | 'dateTime';
  operators: readonly Operator[];
  read: (item: T) => string | null | undefined;
}

/**
 * What `$filter` takes on directoryAudit, from the properties table of
 * https://learn.microsoft.com/graph/api/resources/directoryaudit and the earlier list of filterable attributes on
 * https://learn.microsoft.com/graph/api/directoryaudit-list?view=graph-rest-1.0. `category` and `result` are in
 * neither, but Microsoft's own examples filter on them
 * (https://learn.microsoft.com/powershell/module/microsoft.entra.beta.reports/get-entrabetaauditdirectorylog).
 * For activityDateTime the docs list eq, ge and le and are silent on gt and lt; log collectors poll with
 * `activityDateTime gt {last}`, so the emulator takes those too.
 */
const auditFields: Record<string, Field<DirectoryAudit>> = {
  activitydatetime: { type: 'dateTime', operators: ['eq', 'ge', 'le', 'gt', 'lt'], read: (audit) => audit.activityDateTime },
  activitydisplayname: { type: 'string', operators: ['eq', 'startswith'], read: (audit) => audit.activityDisplayName },
  category: { type: 'string', operators: ['eq'], read: (audit) => audit.category },
  loggedbyservice: { type: 'string', operators: ['eq'], read: (audit) => audit.loggedByService },
  result: { type: 'string', operators: ['eq'], read: (audit) => audit.result },
  id: { type: 'string', operators: ['eq'], read: (audit) => audit.id },
  correlationid: { type: 'string', operators: ['eq'], read: (audit) => audit.correlationId },
  'initiatedby/user/id': { type: 'string', operators: ['eq'], read: (audit) => audit.initiatedBy.user?.id },
  'initiatedby/user/displayname': { type: 'string', operators: ['eq'], read: (audit) => audit.initiatedBy.user?.displayName },
  'initiatedby/user/userprincipalname': { type: 'string', operators: ['eq', 'startswith'], read: (audit) => audit.initiatedBy.user?.userPrincipalName },
  'initiatedby/app/appid': { type: 'string', operators: ['eq'], read: (audit) => audit.initiatedBy.app?.appId },
  'initiatedby/app/displayname': { type: 'string', operators: ['eq'], read: (audit) => audit.initiatedBy.app?.displayName },
};

/** Inside `targetResources/any(t: …)`: id and displayName as documented, type and userPrincipalName as Microsoft's examples use them. */
const targetFields: Record<string, Field<AuditTargetResource>> = {
  id: { type: 'string', operators: ['eq'], read: (target) => target.id },
  displayname: { type: 'string', operators: ['eq', 'startswith'], read: (target) => target.displayName },
  type: { type: 'string', operators: ['eq'], read: (target) => target.type },
  userprincipalname: { type: 'string', operators: ['eq'], read: (target) => target.userPrincipalName },
};

/** The rest of directoryAudit's properties: they exist, and filtering on them is unsupported rather than unknown. */
const unfilterable = new Set(['operationtype', 'resultreason', 'additionaldetails', 'targetresources', 'initiatedby']);

/**
 * What the reporting APIs answer a filter they do not support, e.g. `ne` (https://github.com/AzureAD/MSIdentityTools/issues/9);
 * malformed ones get the same words with where it failed (https://github.com/invictus-ir/Microsoft-Extractor-Suite/issues/67).
 */
const unsupported = (): GraphProblem => problems.badRequest('Invalid filter clause');

interface Scope<T> {
  fields: Record<string, Field<T>>;
  /** The lambda variable inside `any(…)`; properties are then `variable/name`. */
  variable: string | null;
  any: ((inner: Predicate<AuditTargetResource>) => Predicate<T>) | null;
}

const auditScope: Scope<DirectoryAudit> = {
  fields: auditFields,
  variable: null,
  any: (inner) => (audit) => audit.targetResources.some(inner),
};

/** The docs are silent on case; Graph compares directory ids and names without it, and so does the emulator here. */
const sameText = (left: string | null | undefined, right: string): boolean => left?.toLowerCase() === right.toLowerCase();

const isComparison = (word: string): word is Comparison => (comparisons as readonly string[]).includes(word);

const compare = (operator: Comparison, actual: number, wanted: number): boolean =>
  operator === 'eq' ? actual === wanted : operator === 'ge' ? actual >= wanted : operator === 'le' ? actual <= wanted : operator === 'gt' ? actual > wanted : actual < wanted;

const operatorKinds: Record<Comparison, string> = { eq: 'Equal', ge: 'GreaterThanOrEqual', le: 'LessThanOrEqual', gt: 'GreaterThan', lt: 'LessThan' };

/** OData refuses comparing a property with a literal of another type. */
const incompatible = (expected: string, literal: Token, operator: Comparison): GraphProblem => {
  const found = literal.kind === 'string' ? 'Edm.String' : literal.kind === 'bare' && isoDateTime.test(literal.text) ? 'Edm.DateTimeOffset' : 'Edm.Int32';
  return problems.badRequest(`A binary operator with incompatible types was detected. Found operand types '${expected}' and '${found}' for operator kind '${operatorKinds[operator]}'.`);
};

/** Recursive descent over OData's `or` < `and` < parentheses < comparison. */
class AuditFilterParser extends TokenCursor {
  parse(): Predicate<DirectoryAudit> {
    const predicate = this.or(auditScope);
    if (this.peek()) this.fail();
    return predicate;
  }

  private or<T>(scope: Scope<T>): Predicate<T> {
    let left = this.and(scope);
    while (this.isWord('or')) {
      this.next();
      const [first, second] = [left, this.and(scope)];
      left = (item) => first(item) || second(item);
    }
    return left;
  }

  private and<T>(scope: Scope<T>): Predicate<T> {
    let left = this.unary(scope);
    while (this.isWord('and')) {
      this.next();
      const [first, second] = [left, this.unary(scope)];
      left = (item) => first(item) && second(item);
    }
    return left;
  }

  private unary<T>(scope: Scope<T>): Predicate<T> {
    if (this.isWord('not')) throw new FilterFailure(unsupported());
    if (!this.isPunct('(')) return this.primary(scope);
    this.next();
    const inner = this.or(scope);
    this.expect(')');
    return inner;
  }

  /** The field a property path names, if filtering on it with this operator is supported. */
  private field<T>(scope: Scope<T>, token: Token, operator: Operator): Field<T> {
    if (token.kind !== 'word') {
      this.position -= 1;
      this.fail();
    }
    const prefix = scope.variable === null ? '' : `${scope.variable}/`;
    if (!token.text.startsWith(prefix)) throw new FilterFailure(unsupported());
    const path = token.text.slice(prefix.length).toLowerCase();
    const field = scope.fields[path];
    const root = path.split('/')[0] ?? '';
    if (!field && scope.variable === null && !unfilterable.has(root)) {
      throw new FilterFailure(problems.badRequest(`Could not find a property named '${token.text.split('/')[0] ?? ''}' on type 'microsoft.graph.directoryAudit'.`));
    }
    if (!field?.operators.includes(operator)) throw new FilterFailure(unsupported());
    return field;
  }

  private string(): string {
    const token = this.next();
    if (token.kind !== 'string') {
      this.position -= 1;
      this.fail();
    }
    return token.text;
  }

  private lambda<T>(scope: Scope<T>, token: Token): Predicate<T> {
    const [collection = '', operator = ''] = token.text.toLowerCase().split('/');
    if (!scope.any || collection !== 'targetresources' || operator !== 'any') throw new FilterFailure(unsupported());
    this.expect('(');
    const variable = this.next();
    if (variable.kind !== 'word') this.fail();
    this.expect(':');
    const inner = this.or<AuditTargetResource>({ fields: targetFields, variable: variable.text, any: null });
    this.expect(')');
    return scope.any(inner);
  }

  private primary<T>(scope: Scope<T>): Predicate<T> {
    const first = this.next();
    if (first.kind !== 'word') {
      this.position -= 1;
      this.fail();
    }
    if (this.isPunct('(')) {
      if (first.text.toLowerCase() !== 'startswith') return this.lambda(scope, first);
      this.expect('(');
      const field = this.field(scope, this.next(), 'startswith');
      this.expect(',');
      const prefix = this.string().toLowerCase();
      this.expect(')');
      return (item) => field.read(item)?.toLowerCase().startsWith(prefix) ?? false;
    }
    const operatorToken = this.next();
    if (operatorToken.kind !== 'word') {
      this.position -= 1;
      this.fail();
    }
    const operator = operatorToken.text.toLowerCase();
    // ne, has, in and the arithmetic operators are valid OData the reporting APIs do not take.
    if (!isComparison(operator)) throw new FilterFailure(unsupported());
    const field = this.field(scope, first, operator);
    const literal = this.next();
    if (field.type === 'string') {
      if (literal.kind !== 'string') throw new FilterFailure(incompatible('Edm.String', literal, operator));
      return (item) => sameText(field.read(item), literal.text);
    }
    if (literal.kind !== 'bare' || !isoDateTime.test(literal.text)) throw new FilterFailure(incompatible('Edm.DateTimeOffset', literal, operator));
    const wanted = Date.parse(literal.text);
    return (item) => compare(operator, Date.parse(field.read(item) ?? ''), wanted);
  }
}

export type AuditFilter = { kind: 'ok'; matches: Predicate<DirectoryAudit> } | { kind: 'failed'; problem: GraphProblem };

/** A `$filter` on /auditLogs/directoryAudits as a predicate, or the 400 Graph answers. */
export const parseAuditFilter = (raw: string): AuditFilter => {
  try {
    return { kind: 'ok', matches: new AuditFilterParser(raw, tokenize(raw)).parse() };
  } catch (error) {
    if (error instanceof FilterFailure) return { kind: 'failed', problem: error.problem };
    throw error;
  }
};
