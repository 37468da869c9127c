import { defineConfig } from 'vite';

// A classic script (not a module), so that `document.currentScript` tells where it was loaded from.
export default defineConfig({
  build: {
    target: 'es2022',
    lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'participeEmbed', fileName: () => 'embed.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
