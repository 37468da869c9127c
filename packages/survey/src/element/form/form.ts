import { html, nothing } from 'lit';
import { button, field } from '@participe/core/atoms';
import { asksPersonalInformation, COMMENT_MAX_LENGTH, takesComment } from '../../rules.js';
import type { SurveyQuestion } from '../../schema.js';
import { problemText } from './problems.js';
import { renderQuestion } from './questions/index.js';
import { renderReview } from './review.js';
import type { SurveyView } from './view.js';

/** A label without its closing "?", ":" or "." (and the space French puts before them), so that ": problem" can follow it. */
export const withoutEndPunctuation = (label: string) => label.replace(/[\s\u00a0\u202f]*[?:!.…]+$/u, '');

/** The problems to fix, as buttons that take the citizen to each question; focus lands here. */
function errorSummary(view: SurveyView) {
  const { pages, pageIndex, problems, language, t } = view;
  const questions = pages[pageIndex]?.questions ?? [];
  const listed = questions.filter((question) => problems[question.id]);
  if (!listed.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 class="error-summary__title" id="error-summary-title">${t('errorSummary')}</h3>
    <ul>
      ${listed.map(
        (question) => html`<li>
          <button class="link" type="button" @click=${() => view.focusQuestion(question.id)}>
            ${withoutEndPunctuation(question.label[language])}${language === 'fr' ? '\u00a0:' : ':'} ${problemText(question, problems[question.id]!, language, t)}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * How many pages the survey has for this citizen, as far as one can tell now: those shown so far,
 * and every page after the current one, conditional or not. A conditional page that appears does
 * not change the total ("Page 2 of 4" stays "of 4"); one that stays hidden is dropped once passed.
 */
export function pageTotal(view: Pick<SurveyView, 'pages' | 'pageIndex' | 'initiative'>): number {
  const all = view.initiative.definition.pages;
  const current = view.pages[view.pageIndex]?.page;
  const position = current ? all.indexOf(current) : -1;
  return position < 0 ? view.pages.length : view.pageIndex + 1 + (all.length - 1 - position);
}

/** The optional comment box under a closed question that offers one ("Why?"). */
function commentField(view: SurveyView, question: SurveyQuestion) {
  const { language, t } = view;
  if (!('comment' in question) || !question.comment) return nothing;
  return field({ id: `q-${question.id}-comment`, label: question.comment[language], marker: t('optional'), errorPrefix: t('errorPrefix') }, ({ id, describedBy }) =>
    html`<textarea class="input comment" id=${id} rows="2" maxlength=${COMMENT_MAX_LENGTH} aria-describedby=${describedBy} .value=${view.comments[question.id] ?? ''}
      @input=${(event: Event) => view.setComment(question.id, (event.target as HTMLTextAreaElement).value)}></textarea>`,
  );
}

function currentPage(view: SurveyView) {
  const { pages, pageIndex, language, t, answers, problems } = view;
  const { page, questions } = pages[pageIndex]!;
  return html`<h3 class="page-title" tabindex="-1">${page.title?.[language] ?? t('progress', pageIndex + 1, pageTotal(view))}</h3>
    ${page.description ? html`<p>${page.description[language]}</p>` : nothing}
    <div class="questions">
      ${questions.map(
        (question) => html`${renderQuestion({
          question,
          value: answers[question.id],
          error: problems[question.id] && problemText(question, problems[question.id]!, language, t),
          language,
          t,
          set: (value) => view.setAnswer(question.id, value),
          current: () => view.answer(question.id),
          focusAfterRender: view.focusAfterRender,
          announce: view.announce,
          formatNumber: view.formatNumber,
        })}${takesComment(question) ? commentField(view, question) : nothing}`,
      )}
    </div>`;
}

/** The survey as the citizen fills it in: intro, privacy notice, progress, one page (or the review), navigation. */
export function renderForm(view: SurveyView) {
  const { initiative, language, t, pages, pageIndex, reviewing } = view;
  const { review } = initiative.definition;
  const last = pageIndex === pages.length - 1;
  const sendLabel = reviewing || (last && !review) ? t('send') : last ? t('toReview') : t('next');
  return html`<form part="form" class="form" novalidate @submit=${view.submit}>
    <header class="intro">
      <h2 class="title">${initiative.title[language]}</h2>
      ${initiative.description ? html`<p>${initiative.description[language]}</p>` : nothing}
      ${initiative.closesAt ? html`<p class="closes">${t('closesOn', { date: view.formatDateTime(initiative.closesAt) })}</p>` : nothing}
    </header>
    ${pageIndex === 0 && !reviewing ? view.privacyNotice(asksPersonalInformation(initiative.definition)) : nothing}
    <div class="progress" part="progress">
      <p class="progress__text" id="progress">${reviewing ? t('reviewTitle') : t('progress', pageIndex + 1, pageTotal(view))}</p>
      <progress max=${pageTotal(view) + (review ? 1 : 0)} value=${pageIndex + (reviewing ? 2 : 1)} aria-labelledby="progress"></progress>
    </div>
    ${reviewing ? nothing : errorSummary(view)}
    ${reviewing ? renderReview(pages, view.answers, view.comments, language, t, view.change) : currentPage(view)}
    <div class="actions navigation">
      ${pageIndex > 0 || reviewing ? button({ label: t('previous'), variant: 'secondary', onClick: view.previous }) : nothing}
      ${button({ label: sendLabel, type: 'submit', disabled: view.busy })}
    </div>
  </form>`;
}
