import { html } from 'lit';
import type { RouteDefinition } from './router.js';
import { staffFacets, typesWithResults } from './type-registry.js';
import { analysisTranslator } from './analysis-strings.js';

/**
 * Every view of the console, one entry each, then each type's own views (its staff facet's
 * `views`); `initiativeLink` lists a view on the pages of the initiatives it applies to. The first
 * matching entry wins: literal paths before parameters.
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
    initiativeLink: { label: (t) => t('resultsTitle'), permission: 'contributions:read', types: typesWithResults },
  },
  {
    path: '/initiatives/:id/coding',
    load: () => import('./views/coding.js'),
    render: (context, params) => html`<console-coding .context=${context} .params=${params}></console-coding>`,
    initiativeLink: { label: (_t, language) => analysisTranslator(language)('codingTitle'), permission: 'contributions:code' },
  },
  {
    path: '/initiatives/:id/report',
    load: () => import('./views/report-editor.js'),
    render: (context, params) => html`<console-report-editor .context=${context} .params=${params}></console-report-editor>`,
    permission: 'initiatives:write',
    initiativeLink: { label: (_t, language) => analysisTranslator(language)('reportTitle'), permission: 'initiatives:write' },
  },
  {
    path: '/initiatives/:id/paper-entry',
    load: () => import('./views/contribution-entry.js'),
    render: (context, params) => html`<console-contribution-entry .context=${context} .params=${params}></console-contribution-entry>`,
    initiativeLink: { label: (t) => t('entryTitle'), permission: 'contributions:enter' },
  },
  {
    path: '/dashboard',
    load: () => import('./views/dashboard.js'),
    render: (context) => html`<console-dashboard .context=${context}></console-dashboard>`,
    permission: 'initiatives:read',
    navigation: { label: (_t, language) => analysisTranslator(language)('dashboardTitle') },
  },
  {
    path: '/initiatives/:id/stuffing',
    load: () => import('./views/stuffing.js'),
    render: (context, params) => html`<console-stuffing .context=${context} .params=${params}></console-stuffing>`,
    permission: 'contributions:moderate',
    initiativeLink: { label: (t) => t('stuffingTitle'), permission: 'contributions:moderate' },
  },
  {
    path: '/access-requests',
    load: () => import('./views/access-requests.js'),
    render: (context) => html`<console-access-requests .context=${context}></console-access-requests>`,
    permission: 'privacy:respond',
    navigation: { label: (t) => t('accessTitle') },
  },
  {
    path: '/accounts',
    load: () => import('./views/accounts.js'),
    render: (context) => html`<console-accounts .context=${context}></console-accounts>`,
    permission: 'accounts:manage',
    navigation: { label: (t) => t('accountsTitle') },
  },
  {
    path: '/tokens',
    load: () => import('./views/tokens.js'),
    render: (context) => html`<console-tokens .context=${context}></console-tokens>`,
    permission: 'tokens:manage',
    navigation: { label: (t) => t('tokensTitle') },
  },
  {
    path: '/my-account',
    load: () => import('./views/my-account.js'),
    render: (context) => html`<console-my-account .context=${context}></console-my-account>`,
    navigation: { label: (t) => t('myAccountTitle') },
  },
  // Each type's own views (moderation queues, answers…), on the pages of its initiatives.
  ...staffFacets.flatMap((facet) =>
    facet.views.map(
      (view): RouteDefinition => ({
        path: `/initiatives/:id/${view.segment}`,
        load: view.load,
        render: (context, params) => view.render(context, { id: params['id']! }),
        permission: view.permission,
        initiativeLink: { label: (_t, language) => view.label(language), permission: view.permission, types: [facet.manifest.type] },
      }),
    ),
  ),
];
