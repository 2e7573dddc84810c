import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/index.js';

const electronOnly = {
  name: 'electron',
  message: 'Only src/main/index.ts, src/main/platform/ and src/preload/ may import electron; inject what you need.',
};
const nodeModules = (message) => [...builtinModules, ...builtinModules.map((name) => `node:${name}`)].map((name) => ({ name, message }));

export default tseslint.config(
  // The lint tests' fixtures break the rules on purpose; the tests lint them with ignores off.
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'test/unit/lint/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
  {
    files: ['src/main/index.ts', 'src/main/platform/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            { name: 'react-dom', message: 'src/shared is pure TypeScript: no DOM-only modules.' },
            ...nodeModules('src/shared is pure TypeScript: no Node modules.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/renderer/**', 'test/component/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronOnly, ...nodeModules('The renderer has no Node.')] }],
    },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // Layers (the design's "Layout"): which part of the app may import which.
  { plugins: { layers, 'import-x': importX } },
  { files: ['src/renderer/**'], rules: { 'layers/renderer-boundary': 'error' } },
  { files: ['src/main/**'], rules: { 'layers/main-boundary': 'error' } },
  { files: ['src/preload/**'], rules: { 'layers/preload-boundary': 'error' } },
  { files: ['src/emulator/**'], rules: { 'layers/emulator-boundary': 'error' } },
  { files: ['src/shared/**'], rules: { 'layers/shared-boundary': 'error' } },
  {
    // A feature is any folder under these roots, so journal/ or bulk/ are covered the day they appear.
    // The emulator is left out: it is one product part with its own structure, not sliced by feature.
    files: ['src/**'],
    ignores: ['src/emulator/**'],
    rules: {
      'layers/feature-public-entry': [
        'error',
        {
          roots: [
            // A slice's channels.ts holds names only: the preload and the root channels.ts take it without zod.
            { root: 'src/shared', entries: ['channels'] },
            { root: 'src/main', except: ['graph', 'net', 'ipc', 'platform'] },
            { root: 'src/renderer/src/features' },
          ],
        },
      ],
    },
  },
  { files: ['src/renderer/**/*-store.ts'], rules: { 'layers/store-without-components': 'error' } },
  {
    files: ['src/**/*.{ts,tsx}', 'test/unit/lint/fixtures/**/*.ts'],
    settings: {
      // Resolved as TypeScript does, including `.js` specifiers that name `.ts` files (the emulator's
      // style). There are two projects because main and the renderer compile with different libs.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'].map((name) => `${import.meta.dirname}/${name}`),
          noWarnOnMultipleProjects: true,
        }),
      ],
      // The modules no-cycle follows; files with other extensions are treated as leaves.
      'import-x/extensions': ['.ts', '.tsx'],
    },
    rules: {
      // Packages cannot import the app back, so following them only costs time. Type-only imports are
      // erased at build time and are not followed either. No maxDepth: the time goes into parsing each
      // module once (cached across files), not into the walk, so a depth limit would save nothing and
      // only let long cycles through.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
