import { html, type TemplateResult } from 'lit';
import type { Translator } from '@participe/core/element';
import { formatDate, formatNumber } from '@participe/core/element';
import { isAnswerable, isEmpty, type Language, type SurveyPage, type SurveyQuestion } from '@participe/core/schemas';
import type { SurveyStrings } from '../strings.js';

type Text = Translator<SurveyStrings>;

/** One answer in words, as the citizen gave it. */
export function answerText(question: SurveyQuestion, value: unknown, language: Language, t: Text): string {
  if (isEmpty(value)) return t('noAnswer');
  const label = (choices: ReadonlyArray<{ id: string; label: Record<Language, string> }>, id: unknown) => choices.find((option) => option.id === id)?.label[language] ?? String(id);
  const other = (text: unknown) => `${t('other').replace(/\s*\(.*\)$/, '')}${language === 'fr' ? '\u00a0:' : ':'} ${String(text)}`;
  switch (question.type) {
    case 'single':
    case 'likert':
      return typeof value === 'string' ? label(question.choices, value) : other((value as { other: string }).other);
    case 'multiple': {
      const { choices, other: otherValue } = value as { choices: string[]; other?: string };
      return [...choices.map((id) => label(question.choices, id)), ...(otherValue !== undefined ? [other(otherValue)] : [])].join(', ');
    }
    case 'yes-no':
      return t(value ? 'yes' : 'no');
    case 'consent':
      return t('yes');
    case 'ranking':
      return (value as string[]).map((id, index) => `${index + 1}. ${label(question.choices, id)}`).join(' ; ');
    case 'matrix':
      return Object.entries(value as Record<string, string>)
        .map(([row, column]) => `${label(question.rows, row)}${language === 'fr' ? '\u00a0:' : ':'} ${label(question.columns, column)}`)
        .join(' ; ');
    case 'number':
      return typeof value === 'number' ? `${formatNumber(language, value)}${question.unit ? ` ${question.unit[language]}` : ''}` : String(value);
    case 'rating':
      return `${value} / ${question.max}`;
    case 'date':
      return formatDate(language, `${String(value)}T12:00:00`);
    default:
      return String(value);
  }
}

/**
 * The review step: every question the citizen saw, with their answer and a "Change" button that
 * takes them back to it.
 */
export function renderReview(
  pages: Array<{ page: SurveyPage; questions: SurveyQuestion[] }>,
  answers: Record<string, unknown>,
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
