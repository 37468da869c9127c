import type { PersonalDataMap } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { isRecord } from '@participe/core/server';
import type { SurveyDefinition, SurveyQuestion } from './schema.js';

/** Questions whose whole answer is personal: emails, postal codes and free texts. */
const personalTypes = new Set<SurveyQuestion['type']>(['email', 'postal-code', 'text', 'long-text']);

/** Choices, numbers, ratings, rankings, matrices, dates, yes/no and consent: kept, they make the results. */
const keptTypes = new Set<SurveyQuestion['type']>(['single', 'multiple', 'likert', 'yes-no', 'ranking', 'matrix', 'number', 'rating', 'date', 'consent']);

/** An "Other (specify)" text inside a choice answer (`{ other: '…' }`, `{ choices: […], other: '…' }`). */
function withoutOther(value: unknown): unknown {
  // A blank "other" stays blank: results count only those that say something.
  return isRecord(value) && typeof value.other === 'string' && value.other.trim() !== '' ? { ...value, other: ANONYMISED } : value;
}

/**
 * Survey: email, postal code, short and long texts are replaced whole; "Other (specify)" texts
 * inside choice answers too. An answer to a question no longer in the definition (its type
 * unknown) loses its texts as well: when in doubt, the text goes.
 */
export const surveyPersonalData: PersonalDataMap<SurveyDefinition> = {
  anonymise(definition, payload) {
    if (!isRecord(payload) || !isRecord(payload.answers)) return payload;
    const types = new Map(definition.pages.flatMap((page) => page.questions.map((question) => [question.id, question.type] as const)));
    const answers: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(payload.answers)) {
      const type = types.get(id);
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) answers[id] = value;
      else if (type && personalTypes.has(type)) answers[id] = ANONYMISED;
      else if (type && keptTypes.has(type)) answers[id] = withoutOther(value);
      else answers[id] = typeof value === 'string' ? ANONYMISED : withoutOther(value);
    }
    // Comments are the citizen's own words: removed whole, like free texts.
    const comments = isRecord(payload.comments)
      ? Object.fromEntries(Object.entries(payload.comments).map(([id, text]) => [id, typeof text === 'string' && text.trim() !== '' ? ANONYMISED : text]))
      : undefined;
    return { ...payload, answers, ...(comments && { comments }) };
  },
  emailPaths(definition) {
    return definition.pages.flatMap((page) => page.questions.filter((question) => question.type === 'email').map((question) => ['answers', question.id]));
  },
  // None: a survey may ask for an email or a phone number on purpose; its texts go whole at retention.
  maskedTextPaths: () => [],
};
