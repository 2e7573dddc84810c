import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

/** The repository root: the tests run ESLint with the real eslint.config.js found there. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

// The real configuration, with one rule off: no-cycle follows the real modules a virtual file
// imports, so its verdict here would depend on the tree of the day. cycles.test.ts checks it on
// fixtures of its own.
const eslint = new ESLint({ cwd: repoRoot, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });

/**
 * Lints `code` as if it were the file at `file` (relative to the repository root). The file need
 * not exist: the layer rules judge an import by the folder it resolves to, so a test can place a
 * virtual file in a feature folder that does not exist yet.
 *
 * @returns the rule behind each problem, in order; a parse error shows as its message
 */
export const rulesBrokenBy = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
};
