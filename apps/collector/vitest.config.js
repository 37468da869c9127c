// @ts-check
// The shared Node test config, plus one migrated PGlite template made once for every test file.
import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../packages/tooling/vitest.config.js';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      globalSetup: ['test/support/global-setup.ts'],
      // Each file opens its own database (≈ 800 MB for PGlite): two at a time fit two cores.
      pool: 'forks',
      maxWorkers: 2,
      testTimeout: 30_000,
    },
  }),
);
