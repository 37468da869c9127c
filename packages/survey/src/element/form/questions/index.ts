// Question renderers, by type.
import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyQuestion, SurveyQuestionType } from '../../../schema.js';
import { renderConsent, renderMultiple, renderRating, renderSingle, renderYesNo } from './choices.js';
import type { QuestionContext, QuestionRenderer } from './context.js';
import { renderContact, renderDate, renderNumber, renderText } from './inputs.js';
import { renderMatrix } from './matrix.js';
import { renderRanking } from './ranking.js';

/** A static text or section heading: no answer. */
function renderStatic({ question, language }: QuestionContext<Extract<SurveyQuestion, { type: 'static' }>>) {
  return html`<div class="static" id="q-${question.id}">
    ${question.heading ? html`<h4 class="static__heading">${question.label[language]}</h4>` : html`<p class="static__title">${question.label[language]}</p>`}
    ${question.text ? html`<p>${question.text[language]}</p>` : nothing}
  </div>`;
}

const renderers: { [T in SurveyQuestionType]: QuestionRenderer<Extract<SurveyQuestion, { type: T }>> } = {
  single: renderSingle,
  likert: renderSingle,
  multiple: renderMultiple,
  'yes-no': renderYesNo,
  rating: renderRating,
  consent: renderConsent,
  text: renderText,
  'long-text': renderText,
  number: renderNumber,
  date: renderDate,
  email: renderContact,
  'postal-code': renderContact,
  ranking: renderRanking,
  matrix: renderMatrix,
  static: renderStatic,
};

export function renderQuestion(context: QuestionContext): TemplateResult {
  return (renderers[context.question.type] as QuestionRenderer)(context);
}
