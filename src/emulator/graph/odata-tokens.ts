import { problems, type GraphProblem } from './graph-error.js';

/** A `$filter` word, quoted string, bare literal (number, date) or punctuation, and where it starts. */
export type Token = { kind: 'word' | 'string' | 'bare' | 'punct'; text: string; at: number };

/** Stops parsing a `$filter` with the answer Graph gives; caught once by each route's parse function. */
export class FilterFailure extends Error {
  constructor(readonly problem: GraphProblem) {
    super(problem.message);
  }
}

export const syntaxError = (raw: string, at: number): GraphProblem => problems.badRequest(`Invalid filter clause: Syntax error at position ${at} in '${raw}'.`);

export const isoDateTime = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?$/;

/** OData's lexical pieces; `:` is punctuation for a lambda's `any(t: …)`, `''` a quote inside a string. */
export const tokenize = (raw: string): Token[] => {
  const tokens: Token[] = [];
  for (const match of raw.matchAll(/\s+|'((?:[^']|'')*)'|([A-Za-z_][\w./$]*)|([0-9][\w:.+-]*)|([(),:])|(.)/g)) {
    const [, quoted, word, bare, punct, stray] = match;
    const at = match.index;
    if (quoted !== undefined) tokens.push({ kind: 'string', text: quoted.replace(/''/g, "'"), at });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word, at });
    else if (bare !== undefined) tokens.push({ kind: 'bare', text: bare, at });
    else if (punct !== undefined) tokens.push({ kind: 'punct', text: punct, at });
    else if (stray !== undefined) throw new FilterFailure(syntaxError(raw, at));
  }
  return tokens;
};

/** The moves a recursive-descent `$filter` parser makes over the tokens; a failure says where, as Graph does. */
export class TokenCursor {
  protected position = 0;

  constructor(
    protected readonly raw: string,
    protected readonly tokens: Token[],
  ) {}

  protected peek(): Token | undefined {
    return this.tokens[this.position];
  }

  protected next(): Token {
    const token = this.tokens[this.position];
    if (!token) this.fail();
    this.position += 1;
    return token;
  }

  protected fail(): never {
    throw new FilterFailure(syntaxError(this.raw, this.peek()?.at ?? this.raw.length));
  }

  protected isWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  }

  protected isPunct(punct: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.text === punct;
  }

  protected expect(punct: string): void {
    if (!this.isPunct(punct)) this.fail();
    this.position += 1;
  }
}
