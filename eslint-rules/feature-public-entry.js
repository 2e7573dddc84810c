// @ts-check
/**
 * A feature is a folder directly under one of the configured roots (src/shared, src/main,
 * src/renderer/src/features), found from the path alone, so a new feature is covered the day its
 * folder appears. Its index.ts is its public entry: from anywhere outside the feature, an import
 * that lands inside it must name the folder itself or its index. Inside the feature any file may
 * import any other.
 */
import { isWithin, onModuleSpecifier, repoPath, resolveImport } from './modules.js';

/**
 * @typedef {object} FeatureRoot
 * @property {string} root repository folder whose direct sub-folders are features
 * @property {string[]} [except] sub-folders of root that are not features (infrastructure)
 * @property {string[]} [entries] public entries besides index, e.g. a slice's `channels`: names without
 *   schemas, which the preload imports so its bundle stays free of zod
 *
 * @typedef {object} Feature
 * @property {string} folder the feature's repository folder
 * @property {string} inside the rest of the path below that folder
 * @property {Set<string>} entries the module names that are this feature's public entries
 */

// `x`, `x.ts`, `x.tsx` and `x.js` name one module (TypeScript maps `.js` to the `.ts` source).
/** @param {string[]} names */
const spellings = (names) => new Set(names.flatMap((name) => [name, `${name}.ts`, `${name}.tsx`, `${name}.js`]));

/**
 * @param {FeatureRoot[]} roots
 * @param {string} path a repository path
 * @returns {Feature | undefined} the feature whose folder holds the path; a path one step below a
 *   root is either a root file or a feature's folder itself (its index) and so holds nothing private
 */
const featureHolding = (roots, path) => {
  for (const { root, except = [], entries = [] } of roots) {
    if (!isWithin(path, root)) continue;
    const [name, ...rest] = path.slice(root.length + 1).split('/');
    if (name === undefined || rest.length === 0 || except.includes(name)) return undefined;
    return { folder: `${root}/${name}`, inside: rest.join('/'), entries: spellings(['index', ...entries]) };
  }
  return undefined;
};

/** @type {import('eslint').Rule.RuleModule} */
export const featurePublicEntry = {
  meta: {
    type: 'problem',
    docs: { description: "Code outside a feature imports it only through the feature's index.ts." },
    schema: [
      {
        type: 'object',
        properties: {
          roots: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                root: { type: 'string' },
                except: { type: 'array', items: { type: 'string' } },
                entries: { type: 'array', items: { type: 'string' } },
              },
              required: ['root'],
              additionalProperties: false,
            },
          },
        },
        required: ['roots'],
        additionalProperties: false,
      },
    ],
    messages: {
      internals: "'{{specifier}}' reaches inside the feature {{folder}}; import its public entry, {{folder}}/index.ts.",
    },
  },
  create: (context) => {
    /** @type {FeatureRoot[]} */
    const roots = context.options[0]?.roots ?? [];
    const self = repoPath(context.filename);
    const home = self === undefined ? undefined : featureHolding(roots, self);
    return onModuleSpecifier((node, specifier) => {
      const target = resolveImport(context.filename, specifier);
      if (target === undefined) return;
      const feature = featureHolding(roots, target);
      if (feature === undefined || feature.folder === home?.folder || feature.entries.has(feature.inside)) return;
      context.report({ node, messageId: 'internals', data: { specifier, folder: feature.folder, inside: feature.inside } });
    });
  },
};
