import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { __Name__Definition } from './schema.js';

/** The message is free text: it may name someone or give an address, so retention removes it. */
export const __camel__PersonalData: PersonalDataMap<__Name__Definition> = {
  anonymise(_definition, payload) {
    if (!isRecord(payload) || typeof payload.message !== 'string' || payload.message.trim() === '') return payload;
    return { ...payload, message: ANONYMISED };
  },
  emailPaths: () => [],
  // Free-text fields that must hold no personal details, masked by the collector (docs/widget-guide.md).
  maskedTextPaths: () => [],
};
