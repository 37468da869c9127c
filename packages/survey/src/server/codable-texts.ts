import type { CodableText } from '@participe/core/schemas';
import type { SurveyDefinition } from '../schema.js';

/** Short and long text questions: each answer is coded on its own (`answers.<question>`). */
export const surveyCodableTexts = (definition: SurveyDefinition): CodableText[] =>
  definition.pages.flatMap((page) =>
    page.questions.flatMap((question) => (question.type === 'text' || question.type === 'long-text' ? [{ id: `answers.${question.id}`, label: question.label }] : [])),
  );
