import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './lint-harness';

const fixtures = join(repoRoot, 'test/unit/lint/fixtures');
// `npm run lint` ignores the fixtures (they break the rule on purpose); here the ignores are off.
const eslint = new ESLint({ cwd: repoRoot, ignore: false });

const rulesBrokenIn = async (folder: string): Promise<Record<string, string[]>> =>
  Object.fromEntries(
    (await eslint.lintFiles([`test/unit/lint/fixtures/${folder}/*.ts`])).map((result) => [
      result.filePath.slice(fixtures.length + 1).replaceAll('\\', '/'),
      result.messages.map((message) => message.ruleId ?? message.message),
    ]),
  );

describe('modules do not import each other in a cycle (import-x/no-cycle)', () => {
  it('modules that import each other in a cycle are each reported, also through a .js specifier', async () => {
    expect(await rulesBrokenIn('cycle')).toEqual({
      'cycle/first.ts': ['import-x/no-cycle'],
      'cycle/second.ts': ['import-x/no-cycle'],
      'cycle/third.ts': ['import-x/no-cycle'],
    });
  });

  it('a chain of imports without a way back lints clean, even with a type-only import back', async () => {
    expect(await rulesBrokenIn('chain')).toEqual({ 'chain/bottom.ts': [], 'chain/middle.ts': [], 'chain/top.ts': [] });
  });

  it('npm run lint leaves the fixtures alone', async () => {
    expect(await new ESLint({ cwd: repoRoot }).isPathIgnored(join(fixtures, 'cycle/first.ts'))).toBe(true);
  });
});
