// @ts-check
// The dependency boundaries between the workspace's parts, as dependency-cruiser rules. Paths are
// relative to the repository root; workspace packages resolve to their TypeScript sources (the
// `source` export condition), so a facet is named by its file: `packages/<type>/src/manifest.ts`.
// An import that does not resolve (a package not declared as a dependency) keeps its specifier,
// so each rule also names the specifier (`@participe/<type>`, `lit`).
import { existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The participation types: the packages with a manifest (`packages/<type>/src/manifest.ts`). */
export function typePackages(/** @type {string} */ root) {
  const packages = join(root, 'packages');
  return readdirSync(packages).filter((name) => existsSync(join(packages, name, 'src/manifest.ts')));
}

/** Lit, resolved in node_modules (pnpm's layout or a flat one) or unresolved. */
const litPackages = '(lit|lit-html|lit-element|@lit/reactive-element)';
const lit = [`(^|/)node_modules/\\.pnpm/[^/]+/node_modules/${litPackages}/`, `(^|/)node_modules/${litPackages}/`, `^${litPackages}(/|$)`];
/** Core's browser-only parts: the base element, atoms, charts, the console kit, "my data", test helpers. */
const browserCore = ['^packages/core/src/(element|atoms|chart|staff|privacy|testing)/', '^@participe/core/(element|atoms|chart|staff|testing)$'];

/**
 * The rules, for the given type packages.
 * @param {readonly string[]} types
 * @returns {import('dependency-cruiser').IForbiddenRuleType[]}
 */
export function boundaryRules(types) {
  const names = types.length ? types.map(escape).join('|') : '(?!)';
  const typeSource = `^packages/(${names})/`;
  const typeSpecifier = `^@participe/(${names})(/|$)`;
  // A type's own browser code: its element and its console facet.
  const typeBrowserCode = `^packages/(${names})/src/(element|staff)/`;
  const facetEntry = (/** @type {string[]} */ files) => `^packages/(${names})/src/(${files.map(escape).join('|')})$`;

  return [
    {
      name: 'core-names-no-type',
      comment: '@participe/core is the kernel: it imports no type package and no app (types register with the apps, not with core).',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: [typeSource, typeSpecifier, '^apps/'] },
    },
    {
      name: 'manifest-and-server-no-browser-code',
      comment:
        "A type's manifest and server facets run in the collector (Node): neither they nor anything they import may reach Lit, core's element, atoms, chart, staff or other browser-only parts, or the type's element and console code.",
      severity: 'error',
      from: { path: facetEntry(['manifest.ts', 'server/index.ts']) },
      to: { reachable: true, path: [...lit, ...browserCore, typeBrowserCode] },
    },
    {
      name: 'manifest-no-node',
      comment: "A type's manifest runs in every runtime (the citizen's browser too): it imports no Node built-in.",
      severity: 'error',
      from: { path: facetEntry(['manifest.ts']) },
      // dependency-cruiser names a built-in as imported, without its `node:` prefix (`fs`).
      to: { reachable: true, path: `^(node:)?(${builtinModules.map(escape).join('|')})$` },
    },
    {
      name: 'no-type-imports-another',
      comment: 'Each type is a slice of its own: no type package imports another (what two types share belongs in core).',
      severity: 'error',
      from: { path: `^packages/(${names})/` },
      to: { path: [typeSource, typeSpecifier], pathNot: ['^packages/$1/', '^@participe/$1(/|$)'] },
    },
    {
      name: 'collector-imports-manifest-and-server-facets',
      comment: 'The collector imports a type only through its ./manifest and ./server facets, never its element or console code.',
      severity: 'error',
      from: { path: '^apps/collector/' },
      to: { path: [typeSource, typeSpecifier], pathNot: [facetEntry(['manifest.ts', 'server/index.ts']), `^@participe/(${names})/(manifest|server)$`] },
    },
    {
      name: 'collector-runs-no-browser-code',
      comment: "The collector's own code never reaches Lit or core's browser-only parts, directly or through what it imports.",
      severity: 'error',
      from: { path: '^apps/collector/src/' },
      to: { reachable: true, path: [...lit, ...browserCore, typeBrowserCode] },
    },
    {
      name: 'console-imports-staff-manifest-and-define-facets',
      comment: "The console imports a type through its ./staff, ./manifest and ./define facets (a type-only import of the element class is fine: it carries no code).",
      severity: 'error',
      from: { path: '^apps/console/' },
      to: {
        path: [typeSource, typeSpecifier],
        pathNot: [facetEntry(['staff/index.ts', 'manifest.ts', 'element/define.ts']), `^@participe/(${names})/(staff|manifest|define)$`],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'embed-imports-nothing-from-the-workspace',
      comment: 'embed.js is one classic script that imports widget bundles by URL at run time: it imports no workspace package.',
      severity: 'error',
      from: { path: '^packages/embed/src/' },
      to: { path: ['^packages/(?!embed/)', '^apps/', '^@participe/'] },
    },
  ];
}

/** How to cruise this workspace: sources only, workspace packages resolved to their TypeScript. */
export const cruiseOptions = {
  tsPreCompilationDeps: true,
  doNotFollow: { path: 'node_modules' },
  // Not `exclude` node_modules: that would drop the imports of Lit the rules look for.
  exclude: { path: ['(^|/)dist/', '(^|/)storybook-static/', '(^|/)coverage/', '^packages/tooling/scaffold/template/'] },
  enhancedResolveOptions: {
    conditionNames: ['source', 'import', 'default'],
    exportsFields: ['exports'],
    extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
  },
};
