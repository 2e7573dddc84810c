import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { CSP_NONCE_PLACEHOLDER } from './src/main/shell';

export default defineConfig(({ mode }) => ({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    // Vite marks the page with `<meta property="csp-nonce" nonce="…">`; main's app scheme swaps in a fresh nonce
    // per response, and the style engine reads it from there.
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    build: {
      minify: mode === 'production',
      // One bundle read from local disk; splitting Fluent UI would not make a desktop window open faster.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
}));
