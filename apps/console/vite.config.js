// @ts-check
// Builds the console into dist/, served by the collector under /console/ (so every asset URL starts
// there). Hashed file names: the collector can cache them; index.html is the only file that changes name-free.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  // Workspace packages are TypeScript source: the `source` export condition points at it.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline module-preload polyfill script: the strict CSP allows module scripts from 'self' only.
    modulePreload: { polyfill: false },
  },
});
