import { defineType, noLimits } from '@participe/core/manifest';
import { pageFeedbackExample } from './fixtures.js';
import { pageFeedbackPersonalData } from './personal-data.js';
import { PageFeedbackDefinition, pageFeedbackPayload, PageFeedbackResults } from './schema.js';

export * from './schema.js';
export { canadaLikeReasons, pageFeedbackExample } from './fixtures.js';

/** "Did you find what you were looking for?" at the bottom of a page: yes or no, and a comment. */
export const pageFeedbackType = defineType({
  type: 'page-feedback',
  definition: PageFeedbackDefinition,
  payload: pageFeedbackPayload,
  results: PageFeedbackResults,
  // One initiative serves a whole site: a person may rate many pages, and the same page again.
  limits: noLimits,
  personalData: pageFeedbackPersonalData,
  publicContributions: null,
  reservedHeight: '6.5rem',
  fixtures: {
    initiative: pageFeedbackExample,
    payloads: [
      { answer: 'yes', page: 'https://www.quebec.ca/sante' },
      { answer: 'no', reason: 'difficile-a-trouver', comment: 'Il manque les heures d’ouverture.', page: 'https://www.quebec.ca/sante/vaccins' },
      { answer: 'no', reason: 'pas-a-jour', page: 'https://www.quebec.ca/' },
    ],
    withText: (text) => ({ answer: 'no' as const, comment: text.slice(0, 500), page: 'https://www.quebec.ca/sante' }),
    personalFields: ['comment'],
  },
});
