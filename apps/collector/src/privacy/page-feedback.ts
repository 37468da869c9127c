import { ANONYMISED } from '@participe/core/schemas';
import type { PrivacyHook } from './index.js';
import { isRecord } from './records.js';

/** Page feedback: the comment is free text (it may name someone, or give an address); the answer and the page stay. */
export const pageFeedbackPrivacy: PrivacyHook = {
  anonymise(_initiative, payload) {
    if (!isRecord(payload) || typeof payload.comment !== 'string' || payload.comment.trim() === '') return payload;
    return { ...payload, comment: ANONYMISED };
  },
  emailPaths: () => [],
};
