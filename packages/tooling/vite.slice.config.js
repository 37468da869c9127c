// @ts-check
// Builds the type package in the current directory for npm: one ES module per facet (`.` the
// element class, `./define`, `./manifest`, `./staff`, `./server`), dependencies left to the
// consumer's bundler. The self-contained widget bundle comes from `vite.widget.config.js`.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyTemplates } from './minify-templates.js';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const element = pkg.exports['.'].source;

/** @type {Record<string, string>} */
const entries = {
  index: resolve(root, element),
  define: resolve(root, 'src/element/define.ts'),
  manifest: resolve(root, 'src/manifest.ts'),
  staff: resolve(root, 'src/staff/index.ts'),
  server: resolve(root, 'src/server/index.ts'),
};
for (const [name, file] of Object.entries(entries)) if (!existsSync(file)) throw new Error(`${pkg.name}: ${name} facet missing (${file})`);

export default defineConfig({
  root,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      // The package's own dependencies too (a disposable-domain list, a proof-of-work library): npm installs them.
      external: [/^lit(\/|$)/, /^zod(\/|$)/, /^chart\.js(\/|$)/, /^@participe\//, /^node:/, ...Object.keys(pkg.dependencies ?? {}).map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\/|$)`))],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
