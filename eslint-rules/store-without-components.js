// @ts-check
/**
 * Stores hold state and talk to window.tapdesk; components read them. A store that imports a
 * component (a .tsx module) turns that around and drags React and Fluent into code that the unit
 * tests run without a DOM. eslint.config.js applies this rule to the renderer's *-store.ts files.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isRelative, onModuleSpecifier } from './modules.js';

/**
 * The file a relative specifier loads, tried in the order TypeScript's bundler resolution tries them.
 * Only this question needs the disk: an import written without an extension may be a .ts or a .tsx.
 *
 * @param {string} base the specifier resolved to an absolute path
 * @returns {string | undefined}
 */
const loadedFile = (base) => {
  const stem = base.replace(/\.jsx?$/, '');
  const candidates =
    stem === base
      ? [`${base}.ts`, `${base}.tsx`, `${base}.d.ts`, `${base}/index.ts`, `${base}/index.tsx`]
      : [`${stem}.ts`, `${stem}.tsx`];
  return candidates.find((candidate) => existsSync(candidate));
};

/** @type {import('eslint').Rule.RuleModule} */
export const storeWithoutComponents = {
  meta: {
    type: 'problem',
    docs: { description: 'A store (*-store.ts) imports no component (.tsx module).' },
    schema: [],
    messages: {
      component:
        "A store may not import a component ('{{specifier}}' is a .tsx module): components depend on stores, not the other way round; move what the store needs into a .ts module.",
    },
  },
  create: (context) =>
    onModuleSpecifier((node, specifier) => {
      const component =
        /\.tsx$/.test(specifier) ||
        (isRelative(specifier) && loadedFile(resolve(dirname(context.filename), specifier))?.endsWith('.tsx') === true);
      if (component) context.report({ node, messageId: 'component', data: { specifier } });
    }),
};
