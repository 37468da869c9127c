import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { QaDefinition } from './schema.js';

/** The question (it may name someone) and the name: what retention removes. */
const personalKeys = ['question', 'name'] as const;

/** Questions' words and names go when the retention period ends; votes and answers stay. */
export const qaPersonalData: PersonalDataMap<QaDefinition> = {
  // Questions are public text a moderator reads before anyone sees it.
  maskedTextPaths: () => [],
  anonymise(_definition, payload) {
    if (!isRecord(payload)) return payload;
    const result: Record<string, unknown> = { ...payload };
    for (const key of personalKeys) if (typeof result[key] === 'string' && result[key].trim() !== '') result[key] = ANONYMISED;
    return result;
  },
  emailPaths: () => [],
};
