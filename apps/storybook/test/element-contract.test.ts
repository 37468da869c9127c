// The public contract of every widget this Storybook shows, as its package publishes it:
// custom-elements.json (where Storybook's controls and docs, and IDE hints, come from) lists the
// API every widget inherits from the base element and nothing internal; and the npm entry points
// are built, `.` being the class alone and `./define` the registration.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const storybook = JSON.parse(readFileSync(join(root, 'apps/storybook/package.json'), 'utf8')) as { devDependencies: Record<string, string> };

interface Item {
  name: string;
  description?: string;
  privacy?: string;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  inheritedFrom?: { name: string; package?: string };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  cssStates?: Item[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[]; exports?: Array<{ kind: string; name: string; declaration: { name: string } }> }>;
}

/** The widget packages (those with a `./define` entry) among the Storybook's dependencies. */
const widgets = Object.keys(storybook.devDependencies)
  .filter((name) => name.startsWith('@participe/'))
  .map((name) => ({ name, dir: join(root, 'packages', name.slice('@participe/'.length)) }))
  .filter(({ dir }) => existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports?.['./define']);

const read = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const names = (items: Item[] | undefined) => (items ?? []).map((item) => item.name);

/** The `--participe-*` custom properties the styles of these sources read. */
function tokensRead(dir: string): Set<string> {
  const tokens = new Set<string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) for (const [, token] of readFileSync(full, 'utf8').matchAll(/var\(\s*(--participe-[a-z0-9-]+)/g)) tokens.add(token!);
    }
  };
  walk(dir);
  return tokens;
}

/** Lit's internal state and the base element's protected members: never controls, never API. */
const internals = ['state', 'loaded', 'problems', 'busy', 'refusal', 'note', 'announcement', 'type', 'schema', 'tables', 'collectorUrl', 'isPreview'];
const sharedParts = ['base', 'status', 'button', 'notice', 'privacy', 'my-data'];
const states = ['loading', 'open', 'upcoming', 'closed', 'error', 'offline', 'submitted'];

it('finds the widgets', () => {
  expect(widgets.map(({ name }) => name)).toEqual(expect.arrayContaining(['@participe/page-feedback', '@participe/survey']));
});

describe.each(widgets)('$name', ({ name, dir }) => {
  const tag = `participe-${name.slice('@participe/'.length)}`;
  const pkg = read<{ customElements: string; exports: Record<string, string | Record<string, string>> }>(join(dir, 'package.json'));

  describe('custom-elements.json', () => {
    const manifest = read<Manifest>(join(dir, pkg.customElements));
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag)!;

    it(`declares <${tag}>, defined by its define module`, () => {
      expect(element, `no declaration with tagName ${tag}`).toBeDefined();
      expect(element.customElement).toBe(true);
      const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'));
      expect(definitions).toEqual([expect.objectContaining({ name: tag, declaration: expect.objectContaining({ name: element.name }) })]);
    });

    it('lists the attributes and properties inherited from the base element', () => {
      for (const attribute of ['initiative', 'collector', 'strings']) {
        const found = element.attributes?.find((item) => item.name === attribute);
        expect(found, `attribute ${attribute}`).toBeDefined();
        expect(found!.inheritedFrom).toEqual({ name: 'ParticipeElement', module: expect.any(String), package: '@participe/core' });
        expect(found!.description).toBeTruthy();
      }
      for (const property of ['initiative', 'collector', 'strings', 'preview', 'submitter', 'language']) {
        const found = element.members?.find((item) => item.name === property);
        expect(found, `property ${property}`).toBeDefined();
        expect(found!.description).toBeTruthy();
      }
      // Objects and functions: properties only.
      expect(names(element.attributes)).not.toContain('preview');
      expect(names(element.attributes)).not.toContain('submitter');
    });

    it('lists nothing internal', () => {
      for (const item of [...(element.members ?? []), ...(element.attributes ?? [])]) {
        expect(internals, `${item.name} is internal`).not.toContain(item.fieldName ?? item.name);
        expect(item.privacy ?? 'public', `${item.name} is ${item.privacy}`).toBe('public');
        expect(item.name.startsWith('#')).toBe(false);
      }
      // Every attribute is a public property's.
      const properties = names(element.members);
      for (const attribute of element.attributes ?? []) expect(properties).toContain(attribute.fieldName ?? attribute.name);
    });

    it('documents the events, parts and states every widget shares, from the base element', () => {
      for (const [kind, expected] of [
        ['events', ['participe-submit', 'participe-error']],
        ['cssParts', sharedParts],
        ['cssStates', states],
      ] as const) {
        for (const itemName of expected) {
          const found = element[kind]?.find((item) => item.name === itemName);
          expect(found, `${kind} ${itemName}`).toBeDefined();
          expect(found!.description, `${kind} ${itemName}`).toBeTruthy();
          expect(found!.inheritedFrom?.name, `${kind} ${itemName}`).toBe('ParticipeElement');
        }
      }
    });

    it('documents every --participe-* custom property its styles read, and no other', () => {
      const read = new Set([...tokensRead(join(root, 'packages/core/src')), ...tokensRead(join(dir, 'src'))]);
      expect(read.size).toBeGreaterThan(10);
      const documented = element.cssProperties ?? [];
      expect(names(documented).sort()).toEqual([...read].sort());
      for (const property of documented) expect(property.description, property.name).toBeTruthy();
    });
  });

  describe('npm entry points', () => {
    const targets = Object.entries(pkg.exports).map(([entry, target]) => ({ entry, files: typeof target === 'string' ? { default: target } : target }));

    it('are built: JavaScript and types for every entry, no source-only export', () => {
      for (const { entry, files } of targets) {
        expect(files.default, `${entry} has no built default`).toBeDefined();
        expect(files.default!.startsWith('./src/'), `${entry} exports source`).toBe(false);
        expect(existsSync(join(dir, files.default!)), `${entry}: ${files.default} is not built`).toBe(true);
        if (files.types) expect(existsSync(join(dir, files.types)), `${entry}: ${files.types}`).toBe(true);
      }
    });

    /** A built module and every module it imports statically (relative imports: its own chunks). */
    const graph = (file: string, seen = new Set<string>()): Set<string> => {
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
        const next = resolve(dirname(file), specifier!);
        if (!seen.has(next)) graph(next, seen);
      }
      return seen;
    };
    const registers = (file: string) => [...graph(file)].some((module) => /customElements\.define\(|\.define\(\s*["'`]participe-/.test(readFileSync(module, 'utf8')));
    const entryFile = (entry: string) => join(dir, (targets.find((target) => target.entry === entry)!.files.default)!);

    const className = `Participe${tag.slice('participe-'.length).replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;

    it('"." is the element class with its types, free of side effects: it registers nothing', () => {
      expect(registers(entryFile('.'))).toBe(false);
      expect(readFileSync(entryFile('.'), 'utf8')).toMatch(new RegExp(`export\\s*\\{[^}]*\\b${className}\\b`));
      const types = (pkg.exports['.'] as Record<string, string>).types!;
      expect(readFileSync(join(dir, types), 'utf8')).toMatch(new RegExp(`export declare class ${className}\\b`));
    });

    it('"./define" registers it', () => {
      expect(readFileSync(entryFile('./define'), 'utf8')).toMatch(new RegExp(`\\.define\\(\\s*["'\`]${tag}["'\`]`));
    });
  });
});
