import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          // Fluent and React load once per worker instead of once per file (4.4 → 1.5 min on two cores); the setup
          // file resets every store, the DOM and the fake API after each test, so files do not see each other.
          isolate: false,
          // Typing through whole Fluent forms in happy-dom takes seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
