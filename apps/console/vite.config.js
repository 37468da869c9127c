// @ts-check
// Builds the console into dist/, which the collector serves under /console/ (hence `base`). Asset
// names carry a content hash, so they can be cached; index.html keeps its name.
import { defaultClientConditions, defineConfig } from 'vite';

/** `pnpm dev` serves the console from source and forwards the API to a running collector. */
const collector = process.env.PARTICIPE_COLLECTOR ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/console/',
  // Workspace packages are TypeScript source: the `source` export condition points at it.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: { '/v1': collector, '/widgets': collector } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The module-preload polyfill would be one more script for nothing: every browser the console
    // supports preloads modules natively.
    modulePreload: { polyfill: false },
  },
});
