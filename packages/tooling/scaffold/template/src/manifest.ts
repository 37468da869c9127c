import { defineType, noLimits } from '@participe/core/manifest';
import { __camel__Example } from './fixtures.js';
import { __camel__PersonalData } from './personal-data.js';
import { __Name__Definition, __camel__Payload, __Name__Results } from './schema.js';

export * from './schema.js';
export { __camel__Example } from './fixtures.js';

/**
 * __title__: one message, up to the initiative's length limit. What every runtime knows about the
 * type (no DOM, no Node): the collector, the console and the widget all read it.
 */
export const __camel__Type = defineType({
  type: '__name__',
  definition: __Name__Definition,
  payload: __camel__Payload,
  results: __Name__Results,
  // Messages are private: staff read them; give a `PublicContributionSpec` to show them publicly.
  publicContributions: null,
  limits: noLimits,
  personalData: __camel__PersonalData,
  // The same height as `:host`'s min-height in the element's styles.
  reservedHeight: '12rem',
  fixtures: {
    initiative: __camel__Example,
    payloads: [{ message: 'Merci pour ce service.' }, { message: 'Les heures d’ouverture manquent sur la page.' }],
    withText: (text) => ({ message: text.slice(0, __camel__Example.definition.maxLength) }),
    personalFields: ['message'],
  },
});
