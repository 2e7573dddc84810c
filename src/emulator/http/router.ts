import type { EmulatorResponse } from './types.js';

export type RouteParams = Record<string, string>;
export type RouteHandler<Context> = (context: Context, params: RouteParams) => Promise<EmulatorResponse> | EmulatorResponse;

interface Route<Context> {
  method: string;
  segments: string[];
  handler: RouteHandler<Context>;
}

export type RouteMatch<Context> =
  | { kind: 'found'; handler: RouteHandler<Context>; params: RouteParams }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found'; unmatchedSegment: string };

/** Splits a pathname into decoded segments; `%24value` and `$value` are the same segment. */
export const pathSegments = (pathname: string): string[] =>
  pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });

/** Literal segments compare case-insensitively (Graph and Entra do); `:name` captures one segment. */
export class Router<Context> {
  private readonly routes: Route<Context>[] = [];

  add(method: string, pattern: string, handler: RouteHandler<Context>): this {
    this.routes.push({ method, segments: pathSegments(pattern), handler });
    return this;
  }

  match(method: string, segments: readonly string[]): RouteMatch<Context> {
    let pathMatched = false;
    let deepest = 0;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (typeof params === 'number') {
        deepest = Math.max(deepest, params);
        continue;
      }
      pathMatched = true;
      if (route.method === method) return { kind: 'found', handler: route.handler, params };
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found', unmatchedSegment: segments[deepest] ?? '' };
  }
}

/** Params on a match, otherwise how many leading segments did match. */
const matchSegments = (pattern: readonly string[], actual: readonly string[]): RouteParams | number => {
  const params: RouteParams = {};
  for (let index = 0; index < pattern.length; index += 1) {
    const expected = pattern[index] ?? '';
    const segment = actual[index];
    if (segment === undefined) return index;
    if (expected.startsWith(':')) params[expected.slice(1)] = segment;
    else if (expected.toLowerCase() !== segment.toLowerCase()) return index;
  }
  return pattern.length === actual.length ? params : pattern.length;
};
