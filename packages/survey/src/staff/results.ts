import { html, nothing, type TemplateResult } from 'lit';
import { resultsChart } from '@participe/core/chart';
import { formatNumber, translator, type Translate } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { SurveyDefinition, SurveyQuestion, SurveyQuestionResult, SurveyResults } from '../schema.js';
import { chartWords } from '@participe/core/staff';
import { choiceSeries, sharesOfRespondents } from '../element/results.js';
import { surveyStaffStrings } from './strings.js';

// The staff dashboard's layout of survey results: every figure through core's `resultsChart` (a
// chart and the same numbers in a table), one heading per question so the page can be skimmed by
// heading. The public widget lays out the same results in `packages/survey/src/element/results.ts`.

type Text = Translate<(typeof surveyStaffStrings)['fr']>;

const decimals = (language: Language, value: number) => formatNumber(language, value, { maximumFractionDigits: 2 });

/** Average ranks, best first; a choice nobody ranked (with a `limit`) comes last. */
function averageRankTable(question: SurveyQuestion, averageRank: Record<string, number>, language: Language, t: Text) {
  const choices = question.type === 'ranking' ? [...question.choices] : [];
  choices.sort((a, b) => (averageRank[a.id] ?? Infinity) - (averageRank[b.id] ?? Infinity));
  return html`<table class="chart__table">
    <caption>${t('averageRank')}</caption>
    <thead><tr><th scope="col">${t('choice')}</th><th scope="col">${t('rank')}</th></tr></thead>
    <tbody>
      ${choices.map((option) => {
        const rank = averageRank[option.id];
        return html`<tr><th scope="row">${option.label[language]}</th><td>${rank === undefined ? t('notRanked') : decimals(language, rank)}</td></tr>`;
      })}
    </tbody>
  </table>`;
}

function figures(question: SurveyQuestion, result: SurveyQuestionResult, language: Language, t: Text): TemplateResult {
  const words = chartWords(language, result.answered);
  switch (result.kind) {
    case 'choices':
      return resultsChart(
        { title: t('distribution'), ...choiceSeries(question, result.counts, language, { yes: t('yes'), no: t('no'), other: t('other'), unsure: t('unsure') }), ...sharesOfRespondents(question, result.answered) },
        language,
        question.type === 'multiple' ? { ...words, share: t('shareOfRespondents') } : words,
      );
    case 'numbers':
      return html`${resultsChart(
          { title: t('distribution'), labels: result.distribution.map((bucket) => formatNumber(language, bucket.value)), values: result.distribution.map((bucket) => bucket.count) },
          language,
          words,
        )}
        <dl class="facts">
          <dt>${t('mean')}</dt>
          <dd>${result.mean === null ? '—' : decimals(language, result.mean)}</dd>
          <dt>${t('median')}</dt>
          <dd>${result.median === null ? '—' : decimals(language, result.median)}</dd>
          ${result.unsure === undefined ? nothing : html`<dt>${t('unsure')}</dt><dd>${formatNumber(language, result.unsure)}</dd>`}
        </dl>`;
    case 'ranking': {
      const choices = question.type === 'ranking' ? question.choices : [];
      return html`${resultsChart(
          { title: t('firstPlace'), labels: choices.map((option) => option.label[language]), values: choices.map((option) => result.firstPlace[option.id] ?? 0) },
          language,
          words,
        )}
        ${averageRankTable(question, result.averageRank, language, t)}`;
    }
    case 'matrix': {
      if (question.type !== 'matrix') return html``;
      // One chart per row: each row is its own question, answered on the same scale.
      const columns = question.columns.map((column) => column.label[language]);
      return html`${question.rows.map((row) =>
          resultsChart(
            { title: row.label[language], labels: columns, values: question.columns.map((column) => result.counts[row.id]?.[column.id] ?? 0) },
            language,
            chartWords(language),
          ),
        )}
        <p class="chart__total">${words.total}</p>`;
    }
    case 'count-only':
      return html`<p>${words.total}.</p>
        <p class="muted">${t('notPublished')}</p>`;
  }
}

/** Every question that has results, in the survey's order, under its own heading. */
export function renderSurveyResults(results: SurveyResults, definition: unknown, language: Language): TemplateResult {
  const t = translator(surveyStaffStrings, language);
  const byId = new Map(results.questions.map((result) => [result.question, result]));
  const questions = ((definition as Partial<SurveyDefinition> | undefined)?.pages ?? []).flatMap((page) => page.questions).filter((question) => byId.has(question.id));
  return html`<div class="results">
    ${questions.map(
      (question, index) => html`<div class="result">
        <h3>${index + 1}. ${question.label[language]}</h3>
        ${figures(question, byId.get(question.id)!, language, t)}
      </div>`,
    )}
  </div>`;
}
