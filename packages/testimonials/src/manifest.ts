import { defineType, noLimits } from '@participe/core/manifest';
import { testimonialsExample } from './fixtures.js';
import { testimonialsPersonalData } from './personal-data.js';
import { TestimonialsDefinition, testimonialsPayload, TestimonialsResults } from './schema.js';

export * from './schema.js';
export { testimonialsExample } from './fixtures.js';

/**
 * Testimonials: one message, up to the initiative's length limit. What every runtime knows about the
 * type (no DOM, no Node): the collector, the console and the widget all read it.
 */
export const testimonialsType = defineType({
  type: 'testimonials',
  definition: TestimonialsDefinition,
  payload: testimonialsPayload,
  results: TestimonialsResults,
  // Messages are private: staff read them; give a `PublicContributionSpec` to show them publicly.
  publicContributions: null,
  limits: noLimits,
  personalData: testimonialsPersonalData,
  // The same height as `:host`'s min-height in the element's styles.
  reservedHeight: '12rem',
  fixtures: {
    initiative: testimonialsExample,
    payloads: [{ message: 'Merci pour ce service.' }, { message: 'Les heures d’ouverture manquent sur la page.' }],
    withText: (text) => ({ message: text.slice(0, testimonialsExample.definition.maxLength) }),
    personalFields: ['message'],
  },
});
