import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

// Each schema module is also an entry, so a widget can import just its own type's schema.
const schemaModules = Object.fromEntries(
  readdirSync('src/schemas')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`schemas/${file.replace(/\.ts$/, '')}`, `src/schemas/${file}`]),
);

// The npm build of core: one ES module per entry point, libraries left to the consumer's bundler.
export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        schemas: 'src/schemas/index.ts',
        client: 'src/client/index.ts',
        element: 'src/element/index.ts',
        atoms: 'src/atoms/index.ts',
        chart: 'src/chart/index.ts',
        fixtures: 'src/fixtures/index.ts',
        testing: 'src/testing/index.ts',
        manifest: 'src/manifest/index.ts',
        server: 'src/server/index.ts',
        staff: 'src/staff/index.ts',
        ...schemaModules,
      },
      formats: ['es'],
    },
    rolldownOptions: { external: [/^lit/, /^zod/, /^chart\.js/] },
  },
});
