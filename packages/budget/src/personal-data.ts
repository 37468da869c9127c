import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { BudgetDefinition } from './schema.js';

/** The comment is free text (it may name someone, or give an address); the amounts are the results and stay. */
export const budgetPersonalData: PersonalDataMap<BudgetDefinition> = {
  anonymise(_definition, payload) {
    if (!isRecord(payload) || typeof payload.comment !== 'string' || payload.comment.trim() === '') return payload;
    return { ...payload, comment: ANONYMISED };
  },
  emailPaths: () => [],
  // None yet: the comment is a candidate once the widget warns there too (page feedback does both).
  maskedTextPaths: () => [],
};
