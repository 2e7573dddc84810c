import { problems } from './graph-error.js';
import { FilterFailure, isoDateTime, tokenize, TokenCursor, type Token } from './odata-tokens.js';
import { findUserProperty, type UserProperty } from './user-properties.js';

export type Literal = string | number | boolean | null | { dateTime: number };

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; operator: 'eq' | 'ne' | 'ge' | 'le'; property: UserProperty; value: Literal }
  | { kind: 'in'; property: UserProperty; values: Literal[] }
  | { kind: 'function'; name: 'startsWith' | 'endsWith'; property: UserProperty; value: string };

/** Recursive descent over OData's `or` < `and` < `not` < comparison precedence. */
class FilterParser extends TokenCursor {
  parse(): FilterNode {
    const node = this.or();
    if (this.peek()) this.fail();
    return node;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.isWord('or')) {
      this.next();
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.next();
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', operand: this.unary() };
    }
    const token = this.peek();
    if (token?.kind === 'punct' && token.text === '(') {
      this.next();
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    return this.primary();
  }

  private property(token: Token): UserProperty {
    if (token.kind !== 'word') {
      this.position -= 1;
      this.fail();
    }
    const [name = '', ...path] = token.text.split('/');
    const property = findUserProperty(name);
    if (!property) throw new FilterFailure(problems.unknownProperty(name));
    // Lambda operators (`proxyAddresses/any(…)`) and navigation paths are beyond what the emulator filters on.
    if (path.length > 0) throw new FilterFailure(problems.unsupportedFilterClause(property));
    return property;
  }

  private literal(): Literal {
    const token = this.next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'true' || word === 'false') return word === 'true';
      if (word === 'null') return null;
    }
    if (token.kind === 'bare') {
      if (isoDateTime.test(token.text)) return { dateTime: Date.parse(token.text) };
      if (/^-?\d+(\.\d+)?$/.test(token.text)) return Number(token.text);
    }
    this.position -= 1;
    return this.fail();
  }

  private primary(): FilterNode {
    const first = this.next();
    const following = this.peek();
    if (first.kind === 'word' && following?.kind === 'punct' && following.text === '(') {
      const name = ['startswith', 'endswith'].find((candidate) => candidate === first.text.toLowerCase());
      if (!name) throw new FilterFailure(problems.badRequest(`Invalid filter clause: An unknown function with name '${first.text}' was found.`));
      this.expect('(');
      const property = this.property(this.next());
      this.expect(',');
      const value = this.literal();
      this.expect(')');
      if (typeof value !== 'string') throw new FilterFailure(problems.badRequest(`Invalid filter clause: ${first.text} takes a string.`));
      return { kind: 'function', name: name === 'startswith' ? 'startsWith' : 'endsWith', property, value };
    }
    const property = this.property(first);
    const operator = this.next();
    const word = operator.kind === 'word' ? operator.text.toLowerCase() : '';
    if (word === 'in') {
      this.expect('(');
      const values = [this.literal()];
      while (this.peek()?.kind === 'punct' && this.peek()?.text === ',') {
        this.next();
        values.push(this.literal());
      }
      this.expect(')');
      return { kind: 'in', property, values };
    }
    if (word === 'eq' || word === 'ne' || word === 'ge' || word === 'le') return { kind: 'compare', operator: word, property, value: this.literal() };
    // Directory objects support no gt or lt, nor has, add, sub …
    if (word === 'gt' || word === 'lt') throw new FilterFailure(problems.unsupportedFilterClause(property));
    this.position -= 1;
    return this.fail();
  }
}

/** The expression tree of a `$filter` on users; throws `FilterFailure` with Graph's answer when it cannot be read. */
export const parseFilterExpression = (raw: string): FilterNode => new FilterParser(raw, tokenize(raw)).parse();
