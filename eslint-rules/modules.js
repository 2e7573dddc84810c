// @ts-check
/**
 * Where an import points, worked out from the text alone.
 *
 * The layer rules judge the folder an import lands in, not the words of its specifier: '../main' from
 * src/renderer/src/ is the renderer's own src/renderer/main, not src/main. Relative specifiers are
 * resolved against the importing file's folder with path.resolve and never looked up on disk, so a
 * rule gives the same answer for a file that does not exist yet (a test's virtual file, a folder
 * being moved).
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root. The rules name folders relative to it ('src/main'), whichever directory
 * ESLint was started from; this plugin lives in <root>/eslint-rules.
 */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} absolute
 * @returns {string | undefined} the path relative to the repository root with '/' separators, or
 *   undefined for a path outside the repository
 */
export const repoPath = (absolute) => {
  const path = relative(repoRoot, absolute);
  if (path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
};

/** @param {string} specifier */
export const isRelative = (specifier) =>
  specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');

/**
 * @param {string} filename the importing file, absolute
 * @param {string} specifier
 * @returns {string | undefined} the repository path the import names (without guessing an
 *   extension), or undefined for a package import or a path outside the repository
 */
export const resolveImport = (filename, specifier) =>
  isRelative(specifier) ? repoPath(resolve(dirname(filename), specifier)) : undefined;

/**
 * @param {string} path a repository path
 * @param {string} folder a repository folder
 */
export const isWithin = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/**
 * @typedef {import('estree').Node} Node
 * @typedef {(node: Node, specifier: string) => void} SpecifierCheck
 */

/**
 * @param {Node | null | undefined} node
 * @returns {string | undefined} the text of a string literal, or of a template literal without
 *   substitutions (`import(\`./x\`)`); undefined for anything computed at run time
 */
const literalText = (node) => {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
};

/**
 * A listener that calls `check` once for every module a file names: static imports (type-only
 * ones too, since a type import still ties the layers together), re-exports, dynamic import(),
 * require(), TypeScript's `import x = require()` and `import('x').T` types.
 *
 * @param {SpecifierCheck} check
 * @returns {import('eslint').Rule.RuleListener}
 */
export const onModuleSpecifier = (check) => {
  /** @param {Node} node @param {Node | null | undefined} source */
  const visit = (node, source) => {
    const specifier = literalText(source);
    if (specifier !== undefined) check(node, specifier);
  };
  return {
    ImportDeclaration: (node) => visit(node, node.source),
    ExportNamedDeclaration: (node) => visit(node, node.source),
    ExportAllDeclaration: (node) => visit(node, node.source),
    ImportExpression: (node) => visit(node, node.source),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
        visit(node, /** @type {Node} */ (node.arguments[0]));
      }
    },
    // TypeScript-only nodes are not in ESTree's types; typescript-eslint's parser produces them.
    /** @param {any} node */
    TSImportType: (node) => {
      const source = node.source ?? node.argument?.literal;
      visit(node, source);
    },
    /** @param {any} node */
    TSExternalModuleReference: (node) => visit(node, node.expression),
  };
};
