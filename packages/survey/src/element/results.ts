import { html, nothing, type TemplateResult } from 'lit';
import { chartStyles, resultsChart } from '@participe/core/chart';
import { formatNumber, type Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { SurveyDefinition, SurveyQuestion, SurveyQuestionResult, SurveyResults } from '../schema.js';
import { UNSURE } from '../rules.js';
import type { SurveyStrings } from './strings.js';

export { chartStyles };

type Text = Translator<SurveyStrings>;
const labelled = (choices: ReadonlyArray<{ id: string; label: Record<Language, string> }>, language: Language) =>
  new Map(choices.map((option) => [option.id, option.label[language]]));

/** Labels and counts of a choice question, in the order the question offers them, then "other". Shared with the console's dashboard. */
export function choiceSeries(question: SurveyQuestion, counts: Record<string, number>, language: Language, words: { yes: string; no: string; other: string; unsure: string }) {
  const entries: Array<[string, string]> =
    question.type === 'yes-no'
      ? [
          ['yes', words.yes],
          ['no', words.no],
        ]
      : 'choices' in question
        ? [...labelled(question.choices, language)]
        : [];
  if ((question.type === 'single' || question.type === 'multiple') && question.other) entries.push(['other', words.other]);
  if ((question.type === 'yes-no' || question.type === 'likert') && question.unsure) entries.push([UNSURE, words.unsure]);
  return { labels: entries.map(([, label]) => label), values: entries.map(([id]) => counts[id] ?? 0) };
}

/** On a multiple-choice question, shares are of the people who answered (one may choose several). */
export const sharesOfRespondents = (question: SurveyQuestion, answered: number) => (question.type === 'multiple' ? { base: answered } : {});

function questionResult(question: SurveyQuestion, result: SurveyQuestionResult, language: Language, t: Text): TemplateResult {
  const title = question.label[language];
  const columns = { category: t('answer'), count: t('count'), share: t('share'), total: t('answered', result.answered, formatNumber(language, result.answered)) };
  switch (result.kind) {
    case 'choices':
      return resultsChart(
        { title, ...choiceSeries(question, result.counts, language, { yes: t('yes'), no: t('no'), other: t('other').replace(/\s*\(.*\)$/, ''), unsure: t('unsure') }), ...sharesOfRespondents(question, result.answered) },
        language,
        question.type === 'multiple' ? { ...columns, share: t('shareOfRespondents') } : columns,
      );
    case 'numbers':
      return html`${resultsChart(
          { title, labels: result.distribution.map((bucket) => formatNumber(language, bucket.value)), values: result.distribution.map((bucket) => bucket.count) },
          language,
          columns,
        )}
        <p class="results-note">
          ${result.mean === null ? nothing : t('mean', { value: formatNumber(language, result.mean, { maximumFractionDigits: 1 }) })}
          ${result.median === null ? nothing : t('median', { value: formatNumber(language, result.median, { maximumFractionDigits: 1 }) })}
          ${result.unsure === undefined ? nothing : t('unsureCount', result.unsure, formatNumber(language, result.unsure))}
        </p>`;
    case 'ranking': {
      const choices = question.type === 'ranking' ? question.choices : [];
      return html`${resultsChart(
          { title, labels: choices.map((option) => option.label[language]), values: choices.map((option) => result.firstPlace[option.id] ?? 0) },
          language,
          { ...columns, count: t('firstPlace') },
        )}
        <table class="chart__table">
          <caption class="visually-hidden">${title} — ${t('averageRank')}</caption>
          <thead><tr><th scope="col">${t('answer')}</th><th scope="col">${t('averageRank')}</th></tr></thead>
          <tbody>
            ${choices.map(
              (option) => html`<tr><th scope="row">${option.label[language]}</th><td>${formatNumber(language, result.averageRank[option.id] ?? 0, { maximumFractionDigits: 2 })}</td></tr>`,
            )}
          </tbody>
        </table>`;
    }
    case 'matrix': {
      if (question.type !== 'matrix') return html``;
      const columnLabels = question.columns.map((column) => column.label[language]);
      return html`<div class="results-group">
        <p class="chart__title">${title}</p>
        ${question.rows.map((row) =>
          resultsChart(
            { title: row.label[language], labels: columnLabels, values: question.columns.map((column) => result.counts[row.id]?.[column.id] ?? 0) },
            language,
            { category: t('answer'), count: t('count'), share: t('share') },
          ),
        )}
      </div>`;
    }
    case 'count-only':
      return html`<div class="results-group">
        <p class="chart__title">${title}</p>
        <p class="results-note">${columns.total}. ${t('textNotPublished')}</p>
      </div>`;
  }
}

/** Published results: per question a chart and the same figures as a table; free text never shown. */
export function renderResults(definition: SurveyDefinition, results: SurveyResults, language: Language, t: Text): TemplateResult {
  const byId = new Map(results.questions.map((result) => [result.question, result]));
  const questions = definition.pages.flatMap((page) => page.questions).filter((question) => byId.has(question.id));
  return html`<section class="results" part="results" aria-labelledby="results-title">
    <h2 class="title" id="results-title">${t('resultsTitle')}</h2>
    <p>${t('responses', results.responses, formatNumber(language, results.responses))}</p>
    ${questions.map((question) => questionResult(question, byId.get(question.id)!, language, t))}
  </section>`;
}
