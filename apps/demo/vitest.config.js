// End-to-end tests: the built demo site, collector and console, driven in Chromium.
import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../packages/tooling/vitest.config.js';

export default mergeConfig(shared, defineConfig({ test: { include: ['e2e/**/*.test.ts'], exclude: [], testTimeout: 120_000, hookTimeout: 240_000, fileParallelism: false } }));
