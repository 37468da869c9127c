// @ts-check
// custom-elements.json from the element's JSDoc: Storybook controls and IDE hints come from it.
// Core's manifest documents the base element once (its attributes, events, parts, custom
// properties and states); each widget's manifest inherits them from it (see the plugins).
import { dependencyManifestsPlugin, publicApiPlugin, staticDefinePlugin } from './custom-elements-manifest.plugins.js';

export default {
  globs: ['src/element/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts', 'src/**/core-strings.ts', 'src/element/checks.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dependencyManifestsPlugin(), staticDefinePlugin(), publicApiPlugin()],
};
