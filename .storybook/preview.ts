import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockCollector } from './collector.js';
import './preview.css';

// Controls and docs come from each package's generated custom-elements.json.
const manifests = import.meta.glob<{ default: { modules?: unknown[] } }>('../packages/*/custom-elements.json', { eager: true });
setCustomElementsManifest({ schemaVersion: '1.0.0', modules: Object.values(manifests).flatMap((manifest) => manifest.default.modules ?? []) });

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the host page',
      toolbar: { title: 'Langue / Language', icon: 'globe', items: [{ value: 'fr', title: 'Français' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Host page theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'quebec', title: 'Québec (default tokens)' },
          { value: 'ministry', title: 'A ministry’s own tokens' },
          { value: 'dark', title: 'Dark host page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'quebec' },
  loaders: [
    async ({ id, parameters }) => {
      // Drafts and queued answers of an earlier story must not leak into this one.
      localStorage.clear();
      await mockCollector(id, parameters.collector);
      return {};
    },
  ],
  // The declared state travels with the story's markup, so that a Docs page of many stories can be
  // checked story by story (apps/storybook/test).
  decorators: [
    (story, context) => {
      const { globals, id, parameters } = context;
      // On a Docs page play functions do not run (Storybook's default): such a story shows where it starts.
      const played = typeof (context as { playFunction?: unknown }).playFunction === 'function';
      return html`<div class="story theme-${globals.theme}" lang=${globals.locale} data-story=${id} data-expected-state=${parameters['state'] ?? ''} data-played=${played}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
