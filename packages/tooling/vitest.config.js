// @ts-check
// Vitest for Node-side tests (`test/*.test.ts`); browser tests (`*.browser.test.ts`) belong to web-test-runner.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: process.cwd(),
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**', 'dist/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
