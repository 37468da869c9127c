// Published results, loaded only when they are shown: per line, the share of participants who
// increased, kept or decreased it, the mean and median, and how the amounts chosen are spread —
// in tables, never one figure alone and never a single citizen's allocation.
import { html, type TemplateResult } from 'lit';
import { chartStyles } from '@participe/core/chart';
import { formatNumber, formatPercent } from '@participe/core/element';
import { linesOf } from '../rules.js';
import type { BudgetLine, BudgetLineResult, BudgetResults } from '../schema.js';
import { editorStyles } from './editor/editor.styles.js';
import { amountOf } from './editor/format.js';
import type { BudgetView } from './editor/view.js';
import { resultsStyles as ownStyles } from './results.styles.js';

export const resultsStyles = [editorStyles, chartStyles, ownStyles];

/** An average in the line's scale: money to the dollar, units to one decimal. */
const average = (view: BudgetView, line: BudgetLine, value: number | null) =>
  value === null ? '—' : line.unit ? formatNumber(view.language, value, { maximumFractionDigits: 1 }) : amountOf(line, Math.round(value / 100) * 100, view.language);

function lineResult(view: BudgetView, line: BudgetLine, result: BudgetLineResult): TemplateResult {
  const { t, language } = view;
  const share = (count: number) => formatPercent(language, result.answered ? count / result.answered : 0);
  const id = `result-${line.id}`;
  return html`<div class="line-result" part="chart" id="${id}-figures">
    <h4 class="line-result__title" id=${id}>${line.label[language]}</h4>
    <table class="chart__table">
      <caption class="visually-hidden">${line.label[language]} — ${t('direction')}</caption>
      <thead><tr><th scope="col">${t('direction')}</th><th scope="col">${t('people')}</th><th scope="col">${t('share')}</th></tr></thead>
      <tbody>
        ${(['increased', 'kept', 'decreased'] as const).map(
          (direction) => html`<tr><th scope="row">${t(direction)}</th><td>${formatNumber(language, result[direction])}</td><td>${share(result[direction])}</td></tr>`,
        )}
      </tbody>
    </table>
    <p class="muted">${t('current', { amount: amountOf(line, line.unit ? line.amount : Math.round(line.amount * 100), language) })}. ${t('mean')}${language === 'fr' ? '\u00a0:' : ':'} ${average(view, line, result.mean)}. ${t('median')}${language === 'fr' ? '\u00a0:' : ':'} ${average(view, line, result.median)}.</p>
    <details class="line-result__distribution">
      <summary>${t('distribution')}</summary>
      <table class="chart__table">
        <caption class="visually-hidden">${line.label[language]} — ${t('distribution')}</caption>
        <thead><tr><th scope="col">${t('range')}</th><th scope="col">${t('people')}</th><th scope="col">${t('share')}</th></tr></thead>
        <tbody>
          ${result.distribution.map(
            (bin) => html`<tr>
              <th scope="row">${bin.from === bin.to ? amountOf(line, bin.from, language) : t('rangeOf', { from: amountOf(line, bin.from, language), to: amountOf(line, bin.to, language) })}</th>
              <td>${formatNumber(language, bin.count)}</td>
              <td>${share(bin.count)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </div>`;
}

/** Every line's results, by category, in the definition's order. */
export function renderResults(view: BudgetView, results: BudgetResults): TemplateResult {
  const { t, language, initiative } = view;
  const byLine = new Map(results.lines.map((result) => [result.line, result]));
  return html`<section class="results" part="results" aria-labelledby="results-title">
    <h2 class="title" id="results-title">${t('resultsTitle')}</h2>
    <p>${t('responses', results.responses, formatNumber(language, results.responses))}</p>
    ${initiative.definition.categories.map(
      (category) => html`<div class="category">
        <h3 class="category__title" id="results-${category.id}">${category.label[language]} <span class="category__kind">(${t(category.kind)})</span></h3>
        ${category.lines.filter((line) => !line.locked && byLine.has(line.id)).map((line) => lineResult(view, line, byLine.get(line.id)!))}
      </div>`,
    )}
  </section>`;
}

