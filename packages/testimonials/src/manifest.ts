import { defineType, noLimits } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { testimonialsExample } from './fixtures.js';
import { testimonialsPersonalData } from './personal-data.js';
import { changeStatuses, TestimonialsDefinition, testimonialsPayload, type PublicTestimonial, type TestimonialsPayload } from './schema.js';

export * from './schema.js';
export { testimonialsExample } from './fixtures.js';

/** What the wall shows: the story, its service, rating, first name and region; never the visibility chosen, never a field retention removed. */
function publicPayload(_definition: TestimonialsDefinition, payload: TestimonialsPayload): PublicTestimonial {
  const shown: PublicTestimonial = { service: payload.service };
  if (payload.text !== ANONYMISED) shown.text = payload.text;
  if (payload.rating !== undefined) shown.rating = payload.rating;
  if (payload.firstName !== undefined && payload.firstName !== ANONYMISED) shown.firstName = payload.firstName;
  if (payload.region !== undefined && payload.region !== ANONYMISED) shown.region = payload.region;
  return shown;
}

/**
 * A testimonial wall: citizens share an experience of a public service (public, ministry only or
 * statistics only); every testimonial is moderated before publication; the ministry replies as the
 * organisation and marks "change planned" / "change made".
 */
export const testimonialsType = defineType({
  type: 'testimonials',
  definition: TestimonialsDefinition,
  payload: testimonialsPayload,
  // The per-service summary is a public route of its own, computed live.
  results: null,
  limits: noLimits,
  personalData: testimonialsPersonalData,
  publicContributions: {
    publicPayload,
    reportThreshold: (definition) => definition.reportThreshold,
    responseStatuses: changeStatuses,
    // "Ministry only" and "statistics only" testimonials are never public, even approved.
    publicWhen: { field: 'visibility', equals: 'public' },
  },
  reservedHeight: '24rem',
  fixtures: {
    initiative: testimonialsExample,
    payloads: [
      { text: 'Le rendez-vous en ligne pour mon permis a pris deux minutes. Merci\u202f!', service: 'permis', rating: 5, firstName: 'Jeanne', region: 'Capitale-Nationale', visibility: 'public' },
      { text: 'Une heure d’attente au comptoir, sans information sur le délai.', service: 'comptoirs', rating: 2, visibility: 'ministry' },
      { text: 'Le formulaire en ligne se perd quand la session expire.', service: 'en-ligne', visibility: 'statistics' },
    ],
    withText: (text) => ({ text: text.slice(0, testimonialsExample.definition.textMaxLength), service: 'permis', firstName: text.slice(0, 60), region: text.slice(0, 80), visibility: 'public' as const }),
    personalFields: ['text', 'firstName', 'region'],
  },
});
