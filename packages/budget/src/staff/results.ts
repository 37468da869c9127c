import { html, type TemplateResult } from 'lit';
import { resultsChart } from '@participe/core/chart';
import { formatNumber, translator, type Translate } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { chartWords } from '@participe/core/staff';
import type { BudgetDefinition, BudgetLine, BudgetLineResult, BudgetResults } from '../schema.js';
import { amountOf } from '../element/editor/format.js';
import { budgetStaffStrings } from './strings.js';

// The staff dashboard's layout of budget results: per line, the share who increased, kept or
// decreased it, and how the amounts chosen are spread, each through core's `resultsChart` (a chart
// and the same numbers in a table), then the mean and median. One heading per category and per
// line, so the page can be skimmed by heading.

type Text = Translate<(typeof budgetStaffStrings)['fr']>;

const average = (line: BudgetLine, value: number | null, language: Language) =>
  value === null ? '—' : line.unit ? formatNumber(language, value, { maximumFractionDigits: 1 }) : amountOf(line, Math.round(value), language);

function lineFigures(line: BudgetLine, result: BudgetLineResult, language: Language, t: Text): TemplateResult {
  const words = chartWords(language, result.answered);
  const today = line.unit ? line.amount : Math.round(line.amount * 100);
  return html`<div class="result">
    <h4>${line.label[language]}</h4>
    ${resultsChart(
      { title: t('direction'), labels: [t('increased'), t('kept'), t('decreased')], values: [result.increased, result.kept, result.decreased] },
      language,
      words,
    )}
    ${resultsChart(
      {
        title: t('distribution'),
        labels: result.distribution.map((bin) => (bin.from === bin.to ? amountOf(line, bin.from, language) : t('rangeOf', { from: amountOf(line, bin.from, language), to: amountOf(line, bin.to, language) }))),
        values: result.distribution.map((bin) => bin.count),
      },
      language,
      chartWords(language),
    )}
    <dl class="facts">
      <dt>${t('today')}</dt>
      <dd>${amountOf(line, today, language)}</dd>
      <dt>${t('mean')}</dt>
      <dd>${average(line, result.mean, language)}</dd>
      <dt>${t('median')}</dt>
      <dd>${average(line, result.median, language)}</dd>
    </dl>
  </div>`;
}

/** Every line's results, by category, in the definition's order; locked lines say so. */
export function renderBudgetResults(results: BudgetResults, definition: BudgetDefinition, language: Language): TemplateResult {
  const t = translator(budgetStaffStrings, language);
  const byLine = new Map(results.lines.map((result) => [result.line, result]));
  return html`<div class="results">
    ${(definition.categories ?? []).map(
      (category) => html`<h3>${category.label[language]}</h3>
        ${category.lines.map((line) =>
          line.locked ? html`<div class="result"><h4>${line.label[language]}</h4><p class="muted">${t('locked')}</p></div>` : byLine.has(line.id) ? lineFigures(line, byLine.get(line.id)!, language, t) : html``,
        )}`,
    )}
  </div>`;
}
