// @ts-check
// Builds the widget package in the current directory into one self-contained ES module
// (Lit and core included), which is what a ministry page loads with a script tag.
// Lazy parts (charts, challenges) become separate chunks, loaded only when needed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyTemplates } from './minify-templates.js';

const pkg = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8'));
const name = pkg.name.replace('@participe/', '');

export default defineConfig({
  root: process.cwd(),
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: resolve(process.cwd(), 'src/element/define.ts'), formats: ['es'], fileName: () => `participe-${name}.js` },
    rolldownOptions: {
      // Lets the bundler fold modules shared with lazy chunks into the entry instead of a third file.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
