// @ts-check
// Every type's element (`src/element/define.ts`) as one entry of one build: shared code (Lit, core)
// lands in shared chunks, so two widgets on a page load it once — and create Lit's one Trusted Types
// policy once, which a page requiring Trusted Types needs. embed.js (a classic script, built by its
// package) is copied beside them, with each type's reserved height from its manifest. Each type
// package still builds its own self-contained bundle for npm users.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyTemplates } from '../../packages/tooling/minify-templates.js';

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
/**
 * What every widget needs before it can show itself — Lit and the base element — in one shared
 * chunk: one request, one gzip stream, one copy per page. Lazy parts (checks, delivery, privacy
 * notice, forms, charts, the wording of a refusal's issues) stay out of it.
 */
const sharedFirst = [
  /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(?:lit\/index|lit-element\/lit-element|lit-html\/lit-html|lit-html\/is-server|@lit\/reactive-element\/(?:reactive-element|css-tag))\.js$/,
  // The base element's shell; its checks, delivery, privacy notice, issue wording and report ("you said, we did") are imported later.
  /packages\/core\/src\/element\/(?!(?:checks|delivery-controller|privacy-controller|issue-words|report-controller|report-strings)\.ts$)[^/]+\.ts$/,
  /packages\/core\/src\/atoms\/(?:button|notice|atoms\.styles)\.ts$/,
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
/**
 * Lazy parts a widget needs only later, never preloaded (matched on the module a dynamic import
 * names): results and their charts, "my data", the report of a closed initiative, the anti-bot challenge. Everything else an entry reaches (statically, or by one dynamic import: its
 * schema, checks, delivery, form parts) is preloaded by embed.js in parallel with the entry.
 */
const later = /(?:chart|\/privacy\/my-data|\/element\/results|\/element\/report-controller|challenge|altcha)/;

/** @param {import('rolldown').OutputBundle} bundle */
function preloadMap(bundle) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** @param {string[]} start */
  const closure = (start) => {
    const seen = new Set(start);
    const queue = [...start];
    while (queue.length) for (const next of byName.get(/** @type {string} */ (queue.shift()))?.imports ?? []) if (!seen.has(next)) seen.add(next), queue.push(next);
    return seen;
  };
  /** @type {Record<string, string[]>} */
  const map = {};
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
    const first = closure([entry.fileName]);
    const soon = [...first]
      .flatMap((file) => byName.get(file)?.dynamicImports ?? [])
      .filter((file) => !later.test(byName.get(file)?.facadeModuleId ?? ''));
    const all = new Set([...first, ...closure(soon)]);
    all.delete(entry.fileName);
    map[entry.name.replace(/^participe-/, '')] = [...all].sort();
  }
  return map;
}

/** What embed.js learns at build time, written over its placeholder. */
const placeholder = '{"__participe_build__":""}';

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [
    minifyTemplates(),
    {
      name: 'participe:embed',
      generateBundle(_options, bundle) {
        const embed = readFileSync(`${packages}embed/dist/embed.js`, 'utf8');
        if (!embed.includes(placeholder)) throw new Error('embed.js no longer holds the build placeholder');
        const known = JSON.stringify({ heights: reservedHeights, preload: preloadMap(bundle) }).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
        this.emitFile({ type: 'asset', fileName: 'embed.js', source: embed.replace(placeholder, known) });
      },
    },
    {
      // Served precompressed (brotli, gzip), chosen by Accept-Encoding; and a release id naming
      // this build, under which the collector serves the same files as immutable.
      name: 'participe:precompress',
      writeBundle(options, bundle) {
        const dir = /** @type {string} */ (options.dir);
        const release = createHash('sha256');
        for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.js')).sort()) {
          const source = readFileSync(join(dir, fileName));
          release.update(fileName).update(source);
          writeFileSync(join(dir, `${fileName}.br`), brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
          writeFileSync(join(dir, `${fileName}.gz`), gzipSync(source, { level: 9 }));
        }
        writeFileSync(join(dir, 'release.txt'), `r${release.digest('hex').slice(0, 12)}\n`);
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
