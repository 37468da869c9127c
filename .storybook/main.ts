import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/** One Storybook for every widget (each package's `stories/` folder) and the console's views. */
const config: StorybookConfig = {
  // Every widget's stories, and the staff console's views.
  stories: ['../packages/*/stories/*.stories.ts', '../apps/console/stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Packages are read from their TypeScript sources, as in tests.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { resolve: { conditions: ['source', ...defaultClientConditions] } }),
};
export default config;
