// @ts-check
// Bundles the collector into dist/server.js for Node 20. @participe/core is TypeScript source in this
// workspace, so it is bundled; every other dependency stays an import resolved from node_modules.
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: {
    noExternal: [/^@participe\//],
    resolve: { conditions: ['source'], externalConditions: ['node'] },
    target: 'node',
  },
  build: {
    // The server, and the command-line scripts beside it (sharing its code in chunks).
    ssr: true,
    outDir: 'dist',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: { server: 'src/server.ts', 'retention-once': 'src/scripts/retention-once.ts', 'dashboard-bench': 'src/scripts/dashboard-bench.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
