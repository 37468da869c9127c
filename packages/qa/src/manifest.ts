import { defineType, noLimits } from '@participe/core/manifest';
import { qaExample } from './fixtures.js';
import { qaPersonalData } from './personal-data.js';
import { QaDefinition, qaPayload, QaResults } from './schema.js';

export * from './schema.js';
export { qaExample } from './fixtures.js';

/**
 * Live Q&A: one message, up to the initiative's length limit. What every runtime knows about the
 * type (no DOM, no Node): the collector, the console and the widget all read it.
 */
export const qaType = defineType({
  type: 'qa',
  definition: QaDefinition,
  payload: qaPayload,
  results: QaResults,
  // Messages are private: staff read them; give a `PublicContributionSpec` to show them publicly.
  publicContributions: null,
  limits: noLimits,
  personalData: qaPersonalData,
  // The same height as `:host`'s min-height in the element's styles.
  reservedHeight: '12rem',
  fixtures: {
    initiative: qaExample,
    payloads: [{ message: 'Merci pour ce service.' }, { message: 'Les heures d’ouverture manquent sur la page.' }],
    withText: (text) => ({ message: text.slice(0, qaExample.definition.maxLength) }),
    personalFields: ['message'],
  },
});
