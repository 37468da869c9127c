// @ts-check
// custom-elements.json from the element's JSDoc: Storybook controls and IDE hints come from it.
export default {
  globs: ['src/element/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts'],
  outdir: '.',
  litelement: true,
};
