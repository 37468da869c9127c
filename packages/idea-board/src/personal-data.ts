import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { IdeaBoardDefinition } from './schema.js';

/** Every text a citizen wrote (it may name someone), and the display name: what retention removes. */
const personalKeys = ['title', 'description', 'text', 'name'] as const;

/**
 * Citizens' own words go when the retention period ends; what stays is what they chose (category,
 * thread), their votes (counts) and the organisation's answer: the board still shows what was
 * answered, without what anyone wrote.
 */
export const ideaBoardPersonalData: PersonalDataMap<IdeaBoardDefinition> = {
  anonymise(_definition, payload) {
    if (!isRecord(payload)) return payload;
    const result: Record<string, unknown> = { ...payload };
    for (const key of personalKeys) if (typeof result[key] === 'string' && result[key].trim() !== '') result[key] = ANONYMISED;
    return result;
  },
  emailPaths: () => [],
  // None: ideas are public text that moderators review (and correct) before or after publishing.
  maskedTextPaths: () => [],
};
