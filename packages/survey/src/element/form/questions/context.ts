import type { TemplateResult } from 'lit';
import type { Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { SurveyQuestion } from '../../../schema.js';
import type { SurveyStrings } from '../../strings.js';

/** What a question renderer gets from the survey element: the question, its answer, and how to change it. */
export interface QuestionContext<Q extends SurveyQuestion = SurveyQuestion> {
  question: Q;
  value: unknown;
  /** The problem with the answer, in the citizen's language, once they tried to go on. */
  error: string | undefined;
  language: Language;
  t: Translator<SurveyStrings>;
  /** A new answer; `undefined` clears it. */
  set(value: unknown): void;
  /** The answer as it is now (events can arrive faster than renders: never build on `value`). */
  current(): unknown;
  /** Puts focus on the control matching `selector` once the change is rendered (elements may have moved). */
  focusAfterRender(selector: string): void;
  /** Said politely to screen readers once things settle. */
  announce(message: string): void;
  formatNumber(value: number): string;
}

export type QuestionRenderer<Q extends SurveyQuestion = SurveyQuestion> = (context: QuestionContext<Q>) => TemplateResult;

/** Ids in the survey's shadow root: the question's container, and its controls under it. */
export const questionId = (question: { id: string }) => `q-${question.id}`;
export const controlId = (question: { id: string }, suffix = 'input') => `q-${question.id}-${suffix}`;

/** Shared options of the core `field`/`group` atoms for one question. */
export function fieldOptions({ question, error, language, t }: QuestionContext) {
  return {
    hint: question.hint?.[language],
    error,
    marker: question.required ? t('required') : undefined,
    errorPrefix: t('errorPrefix'),
  };
}
