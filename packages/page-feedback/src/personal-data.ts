import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { PageFeedbackDefinition } from './schema.js';

/**
 * The comment is free text (it may name someone, or give an address): its obvious personal details
 * are masked before storing, and it goes whole at retention; the answer, the reason and the page stay.
 */
export const pageFeedbackPersonalData: PersonalDataMap<PageFeedbackDefinition> = {
  anonymise(_definition, payload) {
    if (!isRecord(payload) || typeof payload.comment !== 'string' || payload.comment.trim() === '') return payload;
    return { ...payload, comment: ANONYMISED };
  },
  emailPaths: () => [],
  maskedTextPaths: () => [['comment']],
};
