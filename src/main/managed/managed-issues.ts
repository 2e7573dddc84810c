import type { z } from 'zod';
import { MANAGED_ISSUES_SHOWN, type ManagedIssue, type ManagedIssueParams, type ManagedProblem } from '../../shared';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** `$.profiles[0].clientId`: the path notation of JSONPath (RFC 9535), which admins' JSON tools understand. */
export const jsonPath = (path: readonly Key[]): string =>
  path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');

const isRecord = (value: unknown): value is Record<Key, unknown> => typeof value === 'object' && value !== null;

const present = (root: unknown, path: readonly Key[]): boolean => {
  let node = root;
  for (const key of path) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return false;
    node = node[key];
  }
  return true;
};

/** What a limit counts, in the few words the screen has for it. */
const originOf = (origin: string): string => (origin === 'int' || origin === 'bigint' ? 'number' : origin);

/** The issues zod found, as codes and parameters the screen words; every key zod did not expect is one issue. */
const issuesOf = (issue: Issue, data: unknown): ManagedIssue[] => {
  const path = jsonPath(issue.path);
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), code: 'unknown_key' }));
  if (issue.code === 'custom') {
    const params = issue.params as ManagedIssueParams | undefined;
    return [params ? { path, code: params.code, id: params.id } : { path, code: 'invalid' }];
  }
  if (!present(data, issue.path)) return [{ path, code: 'required' }];
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, code: 'wrong_type', expected: issue.expected }];
    case 'too_small':
      return [{ path, code: 'too_small', origin: originOf(issue.origin), limit: Number(issue.minimum) }];
    case 'too_big':
      return [{ path, code: 'too_big', origin: originOf(issue.origin), limit: Number(issue.maximum) }];
    case 'invalid_value':
      return [{ path, code: 'not_allowed', values: issue.values.map((value) => JSON.stringify(value)) }];
    case 'invalid_format':
      return [{ path, code: 'invalid_format', format: issue.format }];
    default:
      return [{ path, code: 'invalid' }];
  }
};

/** The file's problems for the screen: the first few, and how many more there are. */
export const invalidFile = (issues: readonly Issue[], data: unknown): Extract<ManagedProblem, { kind: 'invalid' }> => {
  const found = issues.flatMap((issue) => issuesOf(issue, data));
  return { kind: 'invalid', issues: found.slice(0, MANAGED_ISSUES_SHOWN), moreIssues: Math.max(0, found.length - MANAGED_ISSUES_SHOWN) };
};
