import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { TestimonialsDefinition } from './schema.js';

const replaced = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? ANONYMISED : value);

/**
 * When retention ends: the first name always goes; the text and region stay only on a published
 * testimonial (the text a moderator cleared of personal details, which the wall keeps showing).
 * Every other testimonial loses its words; service and rating stay, so summaries do not change.
 * The collector drops a corrected testimonial's original at the same time.
 */
export const testimonialsPersonalData: PersonalDataMap<TestimonialsDefinition> = {
  anonymise(_definition, payload, context) {
    if (!isRecord(payload)) return payload;
    const result: Record<string, unknown> = { ...payload, firstName: replaced(payload.firstName) };
    if (!context?.published) {
      result.text = replaced(payload.text);
      result.region = replaced(payload.region);
    }
    for (const key of ['firstName', 'region'] as const) if (result[key] === undefined) delete result[key];
    return result;
  },
  emailPaths: () => [],
  // None: moderators see details flagged (core's detector) and remove them before publishing.
  maskedTextPaths: () => [],
};
