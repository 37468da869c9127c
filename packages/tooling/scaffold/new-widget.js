#!/usr/bin/env node
// @ts-check
// pnpm new:widget <name> [--title "What it is"]
//
// Creates packages/<name> with the standard file set (element, styles, define, strings, browser
// test, stories, README), the widget's schema and example in @participe/core, and registers them
// where the collector and the console look for initiative types. The new widget builds, tests and
// shows in Storybook at once; then make it yours.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { title: { type: 'string' }, root: { type: 'string' } } });
const [name] = positionals;
const root = values.root ?? fileURLToPath(new URL('../../..', import.meta.url));
const template = fileURLToPath(new URL('./template', import.meta.url));

function fail(message) {
  console.error(`new:widget: ${message}`);
  process.exit(1);
}

if (!name || !/^[a-z]+(?:-[a-z]+)*$/.test(name)) fail('give a name in lowercase words joined by hyphens, e.g. "idea-board"');
if (['core', 'embed', 'tooling'].includes(name) || existsSync(join(root, 'packages', name))) fail(`packages/${name} already exists`);

const camel = name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const words = {
  __name__: name,
  __camel__: camel,
  __Name__: camel[0].toUpperCase() + camel.slice(1),
  __title__: values.title ?? name[0].toUpperCase() + name.slice(1).replace(/-/g, ' '),
};
const fill = (text) => Object.entries(words).reduce((out, [placeholder, word]) => out.replaceAll(placeholder, word), text);

/** Copies a template tree, filling placeholders in file names and contents. */
function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    const target = join(to, fill(entry));
    if (statSync(source).isDirectory()) copyTree(source, target);
    else writeFileSync(target, fill(readFileSync(source, 'utf8')));
  }
}

/** Applies one textual edit, failing loudly if the anchor moved (the file changed shape). */
function edit(relative, change) {
  const file = join(root, relative);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) fail(`could not update ${relative}: its anchor is gone; add the ${name} lines by hand`);
  writeFileSync(file, after);
}

const { __Name__: Pascal } = words;
copyTree(join(template, 'widget'), join(root, 'packages', name));

// A type whose schema is already written in core (designed before its widget) keeps it: only the
// widget package is created. Otherwise the schema, example and registrations come from the template.
const schemaFile = join(root, 'packages/core/src/schemas', `${name}.ts`);
if (existsSync(schemaFile)) {
  console.log(`packages/core/src/schemas/${name}.ts exists: kept as is, with its registrations.`);
} else {
  writeFileSync(schemaFile, fill(readFileSync(join(template, 'core/schema.ts'), 'utf8')));
  writeFileSync(join(root, 'packages/core/src/fixtures', `${name}.ts`), fill(readFileSync(join(template, 'core/fixture.ts'), 'utf8')));
  edit('packages/core/src/schemas/index.ts', (s) => s.replace("export * from './registry.js';", `export * from './${name}.js';\nexport * from './registry.js';`));
  edit('packages/core/src/fixtures/index.ts', (s) => `${s.trimEnd()}\nexport * from './${name}.js';\n`);
  // The planned widgets are listed already; a new kind of widget joins the list.
  if (!readFileSync(join(root, 'packages/core/src/schemas/initiative.ts'), 'utf8').includes(`'${name}'`)) {
    edit('packages/core/src/schemas/initiative.ts', (s) =>
      s.replace(/export const initiativeTypes = \[([^\]]*)\]/, (_, list) => `export const initiativeTypes = [${list}, '${name}']`),
    );
  }
  edit('packages/core/src/schemas/registry.ts', (s) =>
    s
      .replace(/(import \{[^}]*\} from '\.\/page-feedback\.js';)/, `$1\nimport { ${Pascal}Definition, ${camel}Payload, ${Pascal}Initiative, ${Pascal}Settings } from './${name}.js';`)
      .replace(
        '  // `pnpm new:widget` adds new types above this line.',
        `  '${name}': define({\n    definition: ${Pascal}Definition,\n    settings: ${Pascal}Settings,\n    initiative: ${Pascal}Initiative,\n    payload: ${camel}Payload,\n  }),\n  // \`pnpm new:widget\` adds new types above this line.`,
      ),
  );
  edit('packages/core/src/schemas/staff.ts', (s) =>
    s
      .replace(/(import \{ PageFeedbackSettings \} from '\.\/page-feedback\.js';)/, `$1\nimport { ${Pascal}Settings } from './${name}.js';`)
      .replace(/z\.discriminatedUnion\('type', \[([^\]]*)\]\)/, (_, list) => `z.discriminatedUnion('type', [${list}, ${Pascal}Settings])`),
  );
}
const storybookPackage = join(root, 'apps/storybook/package.json');
if (!JSON.parse(readFileSync(storybookPackage, 'utf8')).devDependencies[`@participe/${name}`]) {
  edit('apps/storybook/package.json', (s) => {
    const pkg = JSON.parse(s);
    pkg.devDependencies[`@participe/${name}`] = 'workspace:*';
    pkg.devDependencies = Object.fromEntries(Object.entries(pkg.devDependencies).sort(([a], [b]) => a.localeCompare(b)));
    return `${JSON.stringify(pkg, null, 2)}\n`;
  });
}

console.log(`Created packages/${name} and its schema in @participe/core.
Next:
  pnpm install
  pnpm --filter @participe/${name} build && pnpm --filter @participe/${name} test
  pnpm storybook            # "Widgets/${words.__title__}"
Then write its definition and payload in packages/core/src/schemas/${name}.ts; in the collector its results
hook (apps/collector/src/results/), export columns (src/export/), participation limits
(src/participation.ts) and privacy hook (src/privacy/); its entry in contributionFixtures
(packages/core/src/fixtures/contributions.ts), which puts it in the fault, abuse and retention suites;
its staff view in apps/console/src/types/; and a changeset (pnpm changeset).`);
