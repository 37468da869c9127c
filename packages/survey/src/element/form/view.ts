import type { nothing, TemplateResult } from 'lit';
import type { Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { AnswerProblem } from '../../rules.js';
import type { SurveyInitiative, SurveyPage, SurveyQuestion } from '../../schema.js';
import type { SurveyStrings } from '../strings.js';

export interface VisiblePage {
  page: SurveyPage;
  questions: SurveyQuestion[];
}

/** What the form renders from, and the element's handlers it calls: the element keeps the state. */
export interface SurveyView {
  initiative: SurveyInitiative;
  language: Language;
  t: Translator<SurveyStrings>;
  pages: VisiblePage[];
  pageIndex: number;
  reviewing: boolean;
  answers: Record<string, unknown>;
  /** Comments on closed questions, by question id. */
  comments: Record<string, string>;
  problems: Record<string, AnswerProblem>;
  busy: boolean;
  privacyNotice(expanded: boolean): TemplateResult | typeof nothing;
  setAnswer(question: string, value: unknown): void;
  setComment(question: string, text: string): void;
  /** The latest answer to a question (not the one of the last render). */
  answer(question: string): unknown;
  focusAfterRender(selector: string): void;
  submit(event: Event): void;
  previous(): void;
  change(pageIndex: number, question: string): void;
  focusQuestion(question: string): void;
  announce(message: string): void;
  formatNumber(value: number): string;
  /** A date and time in the citizen's language. */
  formatDateTime(value: string): string;
}
