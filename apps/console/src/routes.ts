import { html } from 'lit';
import type { RouteDefinition } from './router.js';

/**
 * Every view of the console, one entry each. A widget's own staff view (moderation queue, answers,
 * results) is a new file in `views/` and one entry here; `initiativeLink` lists it on the pages of
 * the initiatives it applies to. The first matching entry wins: literal paths before parameters.
 */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/initiatives',
    load: () => import('./views/initiatives.js'),
    render: (context) => html`<console-initiatives .context=${context}></console-initiatives>`,
  },
  {
    path: '/new-initiative',
    load: () => import('./views/initiative-editor.js'),
    render: (context) => html`<console-initiative-editor .context=${context}></console-initiative-editor>`,
  },
  {
    path: '/initiatives/:id',
    load: () => import('./views/initiative-detail.js'),
    render: (context, params) => html`<console-initiative-detail .context=${context} .params=${params}></console-initiative-detail>`,
  },
  {
    path: '/initiatives/:id/settings',
    load: () => import('./views/initiative-editor.js'),
    render: (context, params) => html`<console-initiative-editor .context=${context} .params=${params}></console-initiative-editor>`,
  },
  {
    path: '/initiatives/:id/contributions',
    load: () => import('./views/contributions.js'),
    render: (context, params) => html`<console-contributions .context=${context} .params=${params}></console-contributions>`,
    initiativeLink: { label: (t) => t('contributionsTitle'), permission: 'contributions:read' },
  },
  {
    path: '/initiatives/:id/results',
    load: () => import('./views/results.js'),
    render: (context, params) => html`<console-results .context=${context} .params=${params}></console-results>`,
    // The types whose staff support has `results` (a browser test checks the two lists agree).
    initiativeLink: { label: (t) => t('resultsTitle'), permission: 'contributions:read', types: ['survey', 'page-feedback'] },
  },
  {
    path: '/initiatives/:id/paper-entry',
    load: () => import('./views/contribution-entry.js'),
    render: (context, params) => html`<console-contribution-entry .context=${context} .params=${params}></console-contribution-entry>`,
    initiativeLink: { label: (t) => t('entryTitle'), permission: 'contributions:enter' },
  },
  {
    path: '/access-requests',
    load: () => import('./views/access-requests.js'),
    render: (context) => html`<console-access-requests .context=${context}></console-access-requests>`,
    permission: 'privacy:respond',
    navigation: { label: (t) => t('accessTitle') },
  },
];
