import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { QaDefinition } from './schema.js';

/** The message is free text: it may name someone or give an address, so retention removes it. */
export const qaPersonalData: PersonalDataMap<QaDefinition> = {
  anonymise(_definition, payload) {
    if (!isRecord(payload) || typeof payload.message !== 'string' || payload.message.trim() === '') return payload;
    return { ...payload, message: ANONYMISED };
  },
  emailPaths: () => [],
};
