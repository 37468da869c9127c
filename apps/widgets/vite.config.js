// @ts-check
// Every type's element (`src/element/define.ts`) as one entry of one build: shared code (Lit, core)
// lands in shared chunks, so two widgets on a page load it once — and create Lit's one Trusted Types
// policy once, which a page requiring Trusted Types needs. embed.js (a classic script, built by its
// package) is copied beside them, with each type's reserved height from its manifest. Each type
// package still builds its own self-contained bundle for npm users.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyTemplates } from '../../packages/tooling/minify-templates.js';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
/**
 * What every widget needs before it can show itself — Lit and the base element — in one shared
 * chunk: one request, one gzip stream, one copy per page. Lazy parts (checks, delivery, forms,
 * charts, the wording of a refusal's issues) stay out of it.
 */
const sharedFirst = [
  /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(?:lit\/index|lit-element\/lit-element|lit-html\/lit-html|lit-html\/is-server|@lit\/reactive-element\/(?:reactive-element|css-tag))\.js$/,
  /packages\/core\/src\/element\/(?!checks\.ts|issue-words\.ts)[^/]+\.ts$/,
  /packages\/core\/src\/atoms\/(?:button|notice|privacy-notice|atoms\.styles)\.ts$/,
  /packages\/core\/src\/client\/(?:read|storage|backoff|collector-error)\.ts$/,
  /packages\/core\/src\/schemas\/(?:patterns|timing)\.ts$/,
];

/** The participation types: the packages with an element and a manifest (the slice shape). */
const exportsOf = (name) => (existsSync(`${packages}${name}/package.json`) ? JSON.parse(readFileSync(`${packages}${name}/package.json`, 'utf8')).exports ?? {} : {});
const types = readdirSync(packages).filter((name) => exportsOf(name)['./define'] && exportsOf(name)['./manifest']);

const entries = Object.fromEntries(types.map((name) => [`participe-${name}`, `${packages}${name}/src/element/define.ts`]));

/** Each type's room while it loads, read from its built manifest. */
const reservedHeights = Object.fromEntries(
  await Promise.all(
    types.map(async (name) => {
      /** @type {{ type: string, reservedHeight: string }} */
      const manifest = Object.values(await import(`${packages}${name}/dist/lib/manifest.js`)).find((value) => value && typeof value === 'object' && 'reservedHeight' in value);
      if (!manifest) throw new Error(`packages/${name}: its manifest declares no type`);
      return [manifest.type, manifest.reservedHeight];
    }),
  ),
);
const placeholder = '{"__participe_reserved_heights__":""}';

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [
    minifyTemplates(),
    {
      name: 'participe:embed',
      generateBundle() {
        const embed = readFileSync(`${packages}embed/dist/embed.js`, 'utf8');
        if (!embed.includes(placeholder)) throw new Error('embed.js no longer holds the reserved-heights placeholder');
        this.emitFile({ type: 'asset', fileName: 'embed.js', source: embed.replace(placeholder, JSON.stringify(reservedHeights).replace(/'/g, "\\'")) });
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
