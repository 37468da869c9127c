// @ts-check
// Plugins for the custom-elements-manifest analyzer (0.11), so that custom-elements.json describes
// the element's public contract — what a host page, Storybook and an IDE may use — and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** @typedef {import('typescript')} TS */
/** @typedef {{ name: string, privacy?: string, static?: boolean, kind?: string }} Member */
/** @typedef {{ name: string, fieldName?: string }} Attribute */
/** @typedef {{ kind: string, name: string, members?: Member[], attributes?: Attribute[] }} Declaration */
/** @typedef {{ kind: string, name: string, declaration?: { name: string, module?: string } }} Export */
/** @typedef {{ path: string, declarations?: Declaration[], exports?: Export[] }} Module */

/**
 * Classes extend classes of other packages (every widget extends core's `ParticipeElement`): the
 * analyzer applies inheritance from the manifests it is given as third-party ones. This plugin gives
 * it those of the package's own dependencies that publish one (`customElements` in their
 * package.json), read from `node_modules` — built before, as Turborepo's `^build` orders it. (The
 * analyzer's `dependencies` option would crawl every import of every dependency for the same result.)
 */
export function dependencyManifestsPlugin(packageDir = process.cwd()) {
  /** @type {Map<string, string>} class name → the package whose manifest declares it */
  const packageOf = new Map();
  return {
    name: 'participe:dependency-manifests',
    /** @param {{ context: { thirdPartyCEMs?: unknown[] } }} phase */
    initialize({ context }) {
      const { dependencies = {} } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      for (const name of Object.keys(dependencies)) {
        const root = join(packageDir, 'node_modules', name);
        const pkg = existsSync(join(root, 'package.json')) ? JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) : {};
        if (!pkg.customElements) continue;
        const file = join(root, pkg.customElements);
        if (!existsSync(file)) throw new Error(`${name} declares ${pkg.customElements} but has none: build it first`);
        /** @type {{ modules?: Module[] }} */
        const manifest = JSON.parse(readFileSync(file, 'utf8'));
        for (const module of manifest.modules ?? []) for (const declaration of module.declarations ?? []) packageOf.set(declaration.name, name);
        (context.thirdPartyCEMs ??= []).push(manifest);
      }
    },
    /**
     * Inherited items name their class and its module; the module is the dependency's, so say
     * which package it is in (the analyzer only knows when the class is imported by name).
     * @param {{ customElementsManifest: { modules?: Module[] } }} phase
     */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          for (const kind of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
            for (const item of /** @type {Record<string, Array<{ inheritedFrom?: { name: string, package?: string } }> | undefined>} */ (/** @type {unknown} */ (declaration))[kind] ?? []) {
              const from = item.inheritedFrom;
              const owner = from && packageOf.get(from.name);
              if (from && owner && !from.package) from.package = owner;
            }
          }
        }
      }
    },
  };
}

/**
 * Lit's internal reactive state (`static properties = { busy: { state: true } }`) has no attribute
 * and is no API, but the analyzer lists it as both (it only knows `attribute: false`). Private and
 * protected members are for the class and its subclasses, not for pages: the analyzer lists them
 * too, and Storybook would make controls of them. This plugin removes both, attributes included.
 */
export function publicApiPlugin() {
  /** @type {Map<string, Set<string>>} module path + class name → names declared `state: true` */
  const states = new Map();
  return {
    name: 'participe:public-api',
    /** @param {{ ts: TS, node: import('typescript').Node, moduleDoc: Module }} phase */
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        const isStatic = ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const object = ts.isPropertyDeclaration(member) ? member.initializer : ts.isGetAccessor(member) ? member.body?.statements.find(ts.isReturnStatement)?.expression : undefined;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(property.name.getText());
        }
      }
      states.set(`${moduleDoc.path}#${node.name.text}`, names);
    },
    /** @param {{ customElementsManifest: { modules?: Module[] } }} phase */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const internal = new Set(states.get(`${module.path}#${declaration.name}`));
          for (const member of declaration.members ?? []) {
            if (member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#')) internal.add(member.name);
          }
          if (declaration.members) declaration.members = declaration.members.filter((member) => !internal.has(member.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName ?? attribute.name));
        }
      }
    },
  };
}

/**
 * Elements register through the base class's guarded `static define(tag)`
 * (`ParticipePageFeedback.define('participe-page-feedback')`), which the analyzer does not know:
 * it only reads `customElements.define(…)` calls. This plugin records such a call as the
 * `custom-element-definition` it is, so the class gets its tag name. It also drops the definition
 * the analyzer makes up from `define` itself (`customElements.define(tag, this)`: no literal tag).
 */
export function staticDefinePlugin() {
  return {
    name: 'participe:static-define',
    /** @param {{ ts: TS, node: import('typescript').Node, moduleDoc: Module }} phase */
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: target, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || target.text === 'customElements' || !tag || !ts.isStringLiteral(tag)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: target.text, module: moduleOf(ts, node.getSourceFile(), target.text, moduleDoc.path) } },
      ];
    },
    /** @param {{ customElementsManifest: { modules?: Module[] } }} phase */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        module.exports = module.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'));
      }
    },
  };
}

/** The module a class comes from: its relative import (`./page-feedback.js` → `src/element/page-feedback.ts`), or this one. */
function moduleOf(/** @type {TS} */ ts, /** @type {import('typescript').SourceFile} */ file, /** @type {string} */ name, /** @type {string} */ here) {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    const imported = (bindings && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name)) || statement.importClause?.name?.text === name;
    if (!imported) continue;
    const specifier = statement.moduleSpecifier.text;
    return specifier.startsWith('.') ? posix.join(posix.dirname(here), specifier).replace(/\.js$/, '.ts') : specifier;
  }
  return here;
}
