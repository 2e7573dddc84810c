// @ts-check
/**
 * The layer rules of TAP Desk: which part of the app may import which (the design's "Layout").
 * A local plugin, loaded by eslint.config.js as `layers`.
 */
import { featurePublicEntry } from './feature-public-entry.js';
import { emulatorBoundary, mainBoundary, preloadBoundary, rendererBoundary, sharedBoundary } from './process-boundaries.js';
import { storeWithoutComponents } from './store-without-components.js';

/** @type {import('eslint').ESLint.Plugin} */
const layers = {
  meta: { name: 'layers' },
  rules: {
    'renderer-boundary': rendererBoundary,
    'main-boundary': mainBoundary,
    'preload-boundary': preloadBoundary,
    'emulator-boundary': emulatorBoundary,
    'shared-boundary': sharedBoundary,
    'feature-public-entry': featurePublicEntry,
    'store-without-components': storeWithoutComponents,
  },
};

export default layers;
