// @ts-check
/**
 * One rule per part of the app, each naming the folders that part may not import from. Which files
 * a rule watches is said by eslint.config.js (`files`); the rule itself only knows where its imports
 * must not land, so each broken boundary is reported under its own name.
 */
import { isWithin, onModuleSpecifier, resolveImport } from './modules.js';

/**
 * @typedef {object} Boundary
 * @property {string} part what the watched files are, as a sentence starts ('The renderer')
 * @property {string[]} forbidden repository folders whose modules the part may not import
 * @property {string} why the reason given in every report
 */

/**
 * @param {Boundary} boundary
 * @returns {import('eslint').Rule.RuleModule}
 */
const boundaryRule = ({ part, forbidden, why }) => ({
  meta: {
    type: 'problem',
    docs: { description: `${part} imports nothing from ${forbidden.join(', ')}.` },
    schema: [],
    messages: {
      crossing: "{{part}} may not import from {{folder}} ('{{specifier}}' is {{target}}): {{why}}",
    },
  },
  create: (context) =>
    onModuleSpecifier((node, specifier) => {
      const target = resolveImport(context.filename, specifier);
      if (target === undefined) return;
      const folder = forbidden.find((candidate) => isWithin(target, candidate));
      if (folder !== undefined) context.report({ node, messageId: 'crossing', data: { part, folder, specifier, target, why } });
    }),
});

export const rendererBoundary = boundaryRule({
  part: 'The renderer',
  forbidden: ['src/main', 'src/emulator', 'src/preload'],
  why: 'the page reaches the main process only through window.tapdesk, built by the preload from src/shared, and the emulator is a separate product part',
});

export const mainBoundary = boundaryRule({
  part: 'The main process',
  forbidden: ['src/renderer'],
  why: 'main answers the renderer over IPC; what both sides need belongs in src/shared',
});

export const preloadBoundary = boundaryRule({
  part: 'The preload',
  forbidden: ['src/main', 'src/renderer', 'src/emulator'],
  why: 'the preload builds window.tapdesk from electron and src/shared alone',
});

export const emulatorBoundary = boundaryRule({
  part: 'The emulator',
  forbidden: ['src/main', 'src/renderer', 'src/shared', 'src/preload'],
  why: "the emulator stands in for Entra ID and Graph by Microsoft's documented behaviour, so it may not borrow the app's code or rules",
});

export const sharedBoundary = boundaryRule({
  part: 'src/shared',
  forbidden: ['src/main', 'src/renderer', 'src/emulator', 'src/preload'],
  why: 'it is the pure contract every process imports, so it depends on none of them',
});
