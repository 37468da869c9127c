// @ts-check
// Every widget's `src/define.ts` as one entry of one build: shared code (Lit, core) lands in shared
// chunks, so two widgets on a page load it once — and create Lit's one Trusted Types policy once,
// which a page requiring Trusted Types needs. embed.js (a classic script, built by its package) is
// copied beside them. Each widget package still builds its own self-contained bundle for npm users.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyTemplates } from '../../packages/tooling/minify-templates.js';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
/**
 * What every widget needs before it can show itself — Lit and the base element — in one shared
 * chunk: one request, one gzip stream, one copy per page. Lazy parts (checks, delivery, forms,
 * charts) stay out of it.
 */
const sharedFirst = [
  /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(?:lit\/index|lit-element\/lit-element|lit-html\/lit-html|lit-html\/is-server|@lit\/reactive-element\/(?:reactive-element|css-tag))\.js$/,
  /packages\/core\/src\/element\/(?!checks\.ts)[^/]+\.ts$/,
  /packages\/core\/src\/atoms\/(?:button|notice|privacy-notice|atoms\.styles)\.ts$/,
  /packages\/core\/src\/client\/(?:read|storage|backoff|collector-error)\.ts$/,
  /packages\/core\/src\/schemas\/(?:patterns|timing)\.ts$/,
];

const entries = Object.fromEntries(
  readdirSync(packages)
    .filter((name) => existsSync(`${packages}${name}/src/define.ts`))
    .map((name) => [`participe-${name}`, `${packages}${name}/src/define.ts`]),
);

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [
    minifyTemplates(),
    {
      name: 'participe:embed',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'embed.js', source: readFileSync(`${packages}embed/dist/embed.js`) });
      },
    },
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'participe', test: (id) => sharedFirst.some((pattern) => pattern.test(id)) }] },
      },
    },
  },
});
