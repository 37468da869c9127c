// Each boundary rule (`boundaries/rules.js`) fails on a violation: a miniature workspace (core, two
// types, the collector, the console, embed and a stand-in Lit, linked the way pnpm links them)
// passes, then each case adds one forbidden import and must be reported by its rule.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBoundaries } from '../boundaries/check.js';

let root: string;

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
/** `from/node_modules/<name>` pointing at `to`, as pnpm links a workspace dependency. */
const link = (from: string, name: string, to: string) => {
  const at = join(root, from, 'node_modules', name);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(relative(dirname(at), join(root, to)), at);
};
const packageJson = (name: string, exports: Record<string, string>) =>
  JSON.stringify({ name, type: 'module', exports: Object.fromEntries(Object.entries(exports).map(([path, source]) => [path, { source, default: source }])) });

function miniatureWorkspace() {
  write('node_modules/lit/package.json', JSON.stringify({ name: 'lit', type: 'module', exports: { '.': './index.js' } }));
  write('node_modules/lit/index.js', 'export const html = () => undefined;\n');

  const coreParts = ['element', 'atoms', 'chart', 'staff', 'manifest', 'server', 'schemas'];
  write('packages/core/package.json', packageJson('@participe/core', Object.fromEntries(coreParts.map((part) => [`./${part}`, `./src/${part}/index.ts`]))));
  for (const part of coreParts) {
    const browser = ['element', 'atoms', 'chart', 'staff'].includes(part);
    write(`packages/core/src/${part}/index.ts`, `${browser ? "import { html } from 'lit';\n" : ''}export const ${part} = <T>(value: T) => value;\n${browser ? 'export { html };\n' : ''}`);
  }

  for (const type of ['alpha', 'beta']) {
    const dir = `packages/${type}`;
    write(
      `${dir}/package.json`,
      packageJson(`@participe/${type}`, { '.': './src/element/element.ts', './define': './src/element/define.ts', './manifest': './src/manifest.ts', './staff': './src/staff/index.ts', './server': './src/server/index.ts' }),
    );
    write(`${dir}/src/schema.ts`, "import { schemas } from '@participe/core/schemas';\nexport const definition = schemas({ maxLength: 10 });\n");
    write(`${dir}/src/manifest.ts`, "import { manifest } from '@participe/core/manifest';\nimport { definition } from './schema.js';\nexport const type = manifest({ definition });\n");
    write(`${dir}/src/server/index.ts`, "import { server } from '@participe/core/server';\nimport { type } from '../manifest.js';\nexport const facet = server({ type });\n");
    write(`${dir}/src/element/element.ts`, "import { element } from '@participe/core/element';\nexport class Element { base = element(1); }\n");
    write(`${dir}/src/element/define.ts`, "import { Element } from './element.js';\nexport { Element };\n");
    write(`${dir}/src/staff/index.ts`, "import { staff } from '@participe/core/staff';\nimport '../element/define.js';\nimport { type } from '../manifest.js';\nexport const facet = staff({ type });\n");
    link(dir, '@participe/core', 'packages/core');
  }

  write('packages/embed/package.json', JSON.stringify({ name: '@participe/embed', type: 'module' }));
  write('packages/embed/src/embed.ts', 'export const start = () => document.querySelectorAll("[data-participe]");\n');
  link('packages/embed', '@participe/core', 'packages/core');

  for (const app of ['collector', 'console']) {
    write(`apps/${app}/package.json`, JSON.stringify({ name: `@participe/${app}`, type: 'module' }));
    for (const name of ['core', 'alpha', 'beta']) link(`apps/${app}`, `@participe/${name}`, `packages/${name}`);
  }
  write('apps/collector/src/types.ts', "import { facet as alpha } from '@participe/alpha/server';\nimport { facet as beta } from '@participe/beta/server';\nexport const serverTypes = [alpha, beta];\n");
  write('apps/collector/test/fixtures.ts', "import { type } from '@participe/alpha/manifest';\nexport const fixtures = [type];\n");
  write('apps/console/src/types.ts', "import { facet as alpha } from '@participe/alpha/staff';\nimport { facet as beta } from '@participe/beta/staff';\nexport const staffTypes = [alpha, beta];\n");
  write('apps/console/src/preview.ts', "import '@participe/alpha/define';\nimport { type } from '@participe/beta/manifest';\nexport const previewed = type;\n");
  // A type-only import of an element class carries no code: allowed.
  write('apps/console/test/preview.test.ts', "import type { Element } from '@participe/alpha';\nexport const widget = (element: Element) => element;\n");
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'participe-boundaries-'));
  miniatureWorkspace();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The rules that fire once `changes` (files, by path) are made; the files are put back after. */
async function firedBy(changes: Record<string, string>): Promise<string[]> {
  const before = Object.fromEntries(Object.keys(changes).map((path) => [path, readOrNull(path)]));
  try {
    for (const [path, text] of Object.entries(changes)) write(path, text);
    const { violations } = await checkBoundaries(root);
    return [...new Set(violations.map((violation) => violation.rule.name))].sort();
  } finally {
    for (const [path, text] of Object.entries(before)) {
      if (text === null) rmSync(join(root, path));
      else write(path, text);
    }
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return null;
  }
}

describe('the dependency boundaries', () => {
  it('find nothing to say about a workspace that keeps them', { timeout: 30_000 }, async () => {
    const { types, violations, totalCruised } = await checkBoundaries(root);
    expect(types).toEqual(['alpha', 'beta']);
    expect(totalCruised).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });

  // The collector imports every server facet: what a facet reaches, the collector reaches too.
  const viaCollector = ['collector-runs-no-browser-code', 'manifest-and-server-no-browser-code'];
  const manifest = "import { manifest } from '@participe/core/manifest';\nimport { definition } from './schema.js';\n";
  it.each<[string, Record<string, string>, string[]]>([
    ['core importing a type by name', { 'packages/core/src/schemas/index.ts': "import '@participe/alpha/manifest';\nexport const schemas = 1;\n" }, ['core-names-no-type']],
    ['core importing a type by path', { 'packages/core/src/schemas/index.ts': "import '../../../alpha/src/schema.js';\nexport const schemas = 1;\n" }, ['core-names-no-type']],
    ['a manifest importing Lit', { 'packages/alpha/src/manifest.ts': `${manifest}import { html } from 'lit';\nexport const type = manifest({ definition, html });\n` }, viaCollector],
    [
      'a server facet reaching core/staff through a helper',
      {
        'packages/alpha/src/server/words.ts': "import { staff } from '@participe/core/staff';\nexport const words = staff('mots');\n",
        'packages/alpha/src/server/index.ts': "import { server } from '@participe/core/server';\nimport { type } from '../manifest.js';\nimport { words } from './words.js';\nexport const facet = server({ type, words });\n",
      },
      viaCollector,
    ],
    ['a schema (under the manifest) importing core/atoms', { 'packages/beta/src/schema.ts': "import { atoms } from '@participe/core/atoms';\nexport const definition = atoms(1);\n" }, viaCollector],
    ['a manifest importing core/chart', { 'packages/beta/src/manifest.ts': `${manifest}import { chart } from '@participe/core/chart';\nexport const type = manifest({ definition, chart });\n` }, viaCollector],
    ['a manifest importing its own element', { 'packages/alpha/src/manifest.ts': `${manifest}import { Element } from './element/element.js';\nexport const type = manifest({ definition, Element });\n` }, viaCollector],
    ['a manifest importing Node', { 'packages/alpha/src/manifest.ts': `${manifest}import { readFileSync } from 'node:fs';\nexport const type = manifest({ definition, readFileSync });\n` }, ['manifest-no-node']],
    ['a type importing another by name', { 'packages/beta/src/schema.ts': "import { definition as alpha } from '@participe/alpha/manifest';\nexport const definition = alpha;\n" }, ['no-type-imports-another']],
    ['a type importing another by path', { 'packages/beta/src/staff/index.ts': "import { Element } from '../../../alpha/src/element/element.js';\nexport const facet = Element;\n" }, ['no-type-imports-another']],
    ['the collector importing a type’s element', { 'apps/collector/src/widgets.ts': "import { Element } from '@participe/alpha';\nexport const widgets = [Element];\n" }, ['collector-imports-manifest-and-server-facets', 'collector-runs-no-browser-code']],
    ['the collector importing a staff facet', { 'apps/collector/test/staff.ts': "import { facet } from '@participe/beta/staff';\nexport const staff = facet;\n" }, ['collector-imports-manifest-and-server-facets']],
    ['the collector importing core/element', { 'apps/collector/src/render.ts': "import { element } from '@participe/core/element';\nexport const render = element;\n" }, ['collector-runs-no-browser-code']],
    ['the console importing a server facet', { 'apps/console/src/results.ts': "import { facet } from '@participe/alpha/server';\nexport const results = facet;\n" }, ['console-imports-staff-manifest-and-define-facets']],
    ['the console importing an element class as a value', { 'apps/console/src/widget.ts': "import { Element } from '@participe/beta';\nexport const widget = new Element();\n" }, ['console-imports-staff-manifest-and-define-facets']],
    ['embed importing core', { 'packages/embed/src/embed.ts': "import { schemas } from '@participe/core/schemas';\nexport const start = schemas;\n" }, ['embed-imports-nothing-from-the-workspace']],
  ])('report %s', { timeout: 30_000 }, async (_name, changes, rules) => {
    expect(await firedBy(changes)).toEqual(rules);
  });
});
