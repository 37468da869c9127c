#!/usr/bin/env node
// @ts-check
// pnpm new:widget <name> [--title "Idea board"] [--title-fr "Boîte à idées"]
//
// Creates one participation type, `packages/<name>/`, in the slice shape: its manifest (schemas,
// limits, personal data, fixtures), its element, its console facet and its collector facet, with
// tests, stories and a README — a small working type (one message with a length limit) to make
// yours. Then registers it: one line in each registry (apps/collector/src/types.ts,
// apps/console/src/types.ts) and the workspace dependency of each app that builds with it.
// Nothing is written unless every edit applies.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The apps that depend on every type: the two registries, and the builds that take every type. */
export const dependents = ['apps/collector', 'apps/console', 'apps/storybook', 'apps/widgets', 'apps/demo'];

/** Registry files: where each lists its facets, and what the facet is called in a type's package. */
export const registries = [
  { file: 'apps/collector/src/types.ts', list: 'serverTypes', facet: 'server', suffix: 'Server' },
  { file: 'apps/console/src/types.ts', list: 'staffTypes', facet: 'staff', suffix: 'Staff' },
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: 'string' }, 'title-fr': { type: 'string' }, root: { type: 'string' } },
});
const [name] = positionals;
const root = values.root ?? fileURLToPath(new URL('../../..', import.meta.url));
const template = fileURLToPath(new URL('./template', import.meta.url));

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`new:widget: ${message}`);
  process.exit(1);
}

if (!name || positionals.length > 1 || !/^[a-z]+(?:-[a-z]+)*$/.test(name)) fail('give one name in lowercase words joined by hyphens, e.g. "idea-board"');

/** Every workspace package's name: a type must not take one (`@participe/collector` is an app). */
function workspaceNames() {
  const names = new Set(['@participe/core', '@participe/embed', '@participe/tooling']);
  for (const folder of ['packages', 'apps']) {
    if (!existsSync(join(root, folder))) continue;
    for (const entry of readdirSync(join(root, folder))) {
      const manifest = join(root, folder, entry, 'package.json');
      if (existsSync(manifest)) names.add(JSON.parse(readFileSync(manifest, 'utf8')).name);
    }
  }
  return names;
}
if (existsSync(join(root, 'packages', name)) || workspaceNames().has(`@participe/${name}`)) fail(`"${name}" is taken: packages/${name} or @participe/${name} already exists`);

// Titles land in TypeScript strings, JSON and Markdown: keep them to plain words.
const defaultTitle = name[0].toUpperCase() + name.slice(1).replace(/-/g, ' ');
const titleOf = (/** @type {string} */ value) => {
  const title = value.trim().replace(/'/g, '’');
  if (!title || /["\\`$<>{}\n\r]/.test(title)) fail(`a title is plain words (no quotes, backslashes, braces or angle brackets): "${value}"`);
  return title;
};
const title = titleOf(values.title ?? defaultTitle);
const titleFr = titleOf(values['title-fr'] ?? title);

const camel = name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const words = {
  __name__: name,
  __camel__: camel,
  __Name__: camel[0].toUpperCase() + camel.slice(1),
  __titleFr__: titleFr,
  __title__: title,
};
const fill = (/** @type {string} */ text) => Object.entries(words).reduce((out, [placeholder, word]) => out.replaceAll(placeholder, word), text);

/** What will be written, by absolute path: everything is computed first, so a failed edit writes nothing. */
/** @type {Map<string, string>} */
const writes = new Map();

/** Plans a copy of the template tree, filling placeholders in file names and contents. */
function planTree(/** @type {string} */ from, /** @type {string} */ to) {
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    const target = join(to, fill(entry));
    if (statSync(source).isDirectory()) planTree(source, target);
    else writes.set(target, fill(readFileSync(source, 'utf8')));
  }
}

/** Plans one textual edit, failing loudly if its anchor moved (the file changed shape). */
function planEdit(/** @type {string} */ file, /** @type {(text: string) => string} */ change) {
  const path = join(root, file);
  if (!existsSync(path)) fail(`${file} is missing; add the ${name} lines by hand`);
  const before = writes.get(path) ?? readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) fail(`could not update ${file}: its anchor is gone; add the ${name} lines by hand`);
  writes.set(path, after);
}

const packageDir = join(root, 'packages', name);
planTree(template, packageDir);

// The type uses the Lit and zod versions core uses: one copy of each in the workspace (and an
// install that needs nothing new from the registry).
const corePackage = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
const ownPackage = join(packageDir, 'package.json');
const pkg = JSON.parse(/** @type {string} */ (writes.get(ownPackage)));
for (const dependency of Object.keys(pkg.dependencies)) {
  const version = corePackage.dependencies?.[dependency];
  if (version && !pkg.dependencies[dependency].startsWith('workspace:')) pkg.dependencies[dependency] = version;
}
writes.set(ownPackage, `${JSON.stringify(pkg, null, 2)}\n`);

// One import and one list entry in each registry.
for (const { file, list, facet, suffix } of registries) {
  const exported = `${camel}${suffix}`;
  planEdit(file, (text) => {
    const listPattern = new RegExp(`(export const ${list} = \\[)([^\\]]*)(\\])`);
    const match = listPattern.exec(text);
    if (!match) return text;
    const items = match[2].split(',').map((item) => item.trim()).filter(Boolean);
    if (items.includes(exported)) return text;
    items.push(exported);
    const multiline = match[2].includes('\n');
    const body = multiline ? `\n  ${items.join(',\n  ')},\n` : items.join(', ');
    const withEntry = text.replace(listPattern, `$1${body}$3`);
    // After the last import at the top of the file.
    const imports = [...withEntry.matchAll(/^import .*;$/gm)];
    const line = `import { ${exported} } from '@participe/${name}/${facet}';`;
    if (!imports.length) return line + '\n' + withEntry;
    const last = imports.at(-1);
    const at = /** @type {number} */ (last?.index) + /** @type {string} */ (last?.[0]).length;
    return `${withEntry.slice(0, at)}\n${line}${withEntry.slice(at)}`;
  });
}

// The workspace dependency each dependent app needs, beside its other @participe ones, sorted.
for (const app of dependents) {
  planEdit(`${app}/package.json`, (text) => {
    const pkg = JSON.parse(text);
    const section = ['dependencies', 'devDependencies'].find((key) => pkg[key]?.['@participe/core'] || Object.keys(pkg[key] ?? {}).some((dep) => dep.startsWith('@participe/'))) ?? 'devDependencies';
    pkg[section] = Object.fromEntries(Object.entries({ ...pkg[section], [`@participe/${name}`]: 'workspace:*' }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return `${JSON.stringify(pkg, null, 2)}\n`;
  });
}

for (const [path, text] of writes) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

console.log(`Created packages/${name} (${title}) and registered it:
  ${registries.map(({ file }) => file).join(', ')}
  ${dependents.map((app) => `${app}/package.json`).join(', ')}
Next:
  pnpm install
  pnpm turbo run build --filter=@participe/${name}
  pnpm --filter @participe/${name} test
  pnpm storybook            # "Widgets/${title}"
It is a working type (one message with a length limit): make it yours, following
docs/widget-guide.md — schema and fixtures in src/, the element in src/element/, the console in
src/staff/, the collector in src/server/. By hand: a demo page embedding it (apps/demo/site/) and
its end-to-end entries (apps/demo/e2e/offline.test.ts, injection.test.ts). And a changeset
(pnpm changeset).
Files: ${relative(root, packageDir)}/`);
