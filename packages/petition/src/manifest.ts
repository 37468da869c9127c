import { defineType, noLimits } from '@participe/core/manifest';
import { handOffExample, petitionExample } from './fixtures.js';
import { petitionPersonalData } from './personal-data.js';
import { PetitionDefinition, petitionPayload, PetitionResults } from './schema.js';

export * from './schema.js';
export { regionOf } from './personal-data.js';
export { handOffExample, petitionExample } from './fixtures.js';

/**
 * A petition: citizens read it, sign once, confirm by email, and watch the count toward the
 * threshold that obliges an official response; or a hand-off link to a petition lodged elsewhere.
 * Web signatures live in the type's own table (see the server facet); the generic contributions
 * hold signatures staff key in from paper or phone, which count with the rest.
 */
export const petitionType = defineType({
  type: 'petition',
  definition: PetitionDefinition,
  payload: petitionPayload,
  results: PetitionResults,
  // Signatures are never shown: only their count.
  publicContributions: null,
  // One signature per person is the email's job (web) and the staff's (paper).
  limits: noLimits,
  personalData: petitionPersonalData,
  // The same height as `:host`'s min-height in the element's styles.
  reservedHeight: '16rem',
  fixtures: {
    initiative: petitionExample,
    moreInitiatives: [handOffExample],
    payloads: [
      { name: 'Jeanne Tremblay', postalCode: 'G5A 1B2', consent: true },
      { name: 'Sam Gagnon', postalCode: 'H2X 1Y4', consent: true },
    ],
    withText: (text) => ({ name: text.slice(0, 120), postalCode: 'G5A 1B2', consent: true as const }),
    personalFields: ['name', 'postalCode'],
  },
});
