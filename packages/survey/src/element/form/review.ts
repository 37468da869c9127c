import { html, type TemplateResult } from 'lit';
import type { Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { SurveyPage, SurveyQuestion } from '../../schema.js';
import { isAnswerable } from '../../rules.js';
import { answerText } from '../answer-text.js';
import type { SurveyStrings } from '../strings.js';

type Text = Translator<SurveyStrings>;

/**
 * The review step: every question the citizen saw, with their answer and a "Change" button that
 * takes them back to it.
 */
export function renderReview(
  pages: Array<{ page: SurveyPage; questions: SurveyQuestion[] }>,
  answers: Record<string, unknown>,
  comments: Record<string, string>,
  language: Language,
  t: Text,
  change: (pageIndex: number, question: string) => void,
): TemplateResult {
  return html`<h3 class="page-title" tabindex="-1">${t('reviewTitle')}</h3>
    <p>${t('reviewIntro')}</p>
    ${pages.map(
      ({ page, questions }, pageIndex) => html`<section class="review" aria-labelledby="review-${page.id}">
        <h4 class="review__page" id="review-${page.id}">${page.title?.[language] ?? t('progress', pageIndex + 1, pages.length)}</h4>
        <dl class="review__list">
          ${questions.filter(isAnswerable).map(
            (question) => html`<div class="review__item">
              <dt>${question.label[language]}</dt>
              <dd>${answerText(question, answers[question.id], language, t)}</dd>
              ${comments[question.id]?.trim() && 'comment' in question && question.comment
                ? html`<dd class="review__comment">${question.comment[language]}${language === 'fr' ? '\u00a0:' : ':'} ${comments[question.id]!.trim()}</dd>`
                : ''}
              <dd>
                <button class="link" type="button" @click=${() => change(pageIndex, question.id)}>
                  ${t('change')}<span class="visually-hidden"> ${t('changeAnswerTo', { question: question.label[language] })}</span>
                </button>
              </dd>
            </div>`,
          )}
        </dl>
      </section>`,
    )}`;
}
