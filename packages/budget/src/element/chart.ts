// The allocation chart, loaded only when the citizen asks for it: a bar chart per kind (spending,
// revenue) of their budget by category, drawn by core's lazy chart.js helper, beside a table of
// the same figures with today's amounts and the change.
import { html, type TemplateResult } from 'lit';
import { barChart, chartStyles } from '@participe/core/chart';
import { categoryTotals } from '../rules.js';
import { money, signedMoney } from './editor/format.js';
import type { BudgetView } from './editor/view.js';

export { chartStyles };

const moneyFormat: Intl.NumberFormatOptions = { style: 'currency', currency: 'CAD', notation: 'compact', maximumFractionDigits: 1 };

function figure(view: BudgetView, kind: 'spending' | 'revenue'): TemplateResult {
  const { t, language, initiative, work } = view;
  const totals = categoryTotals(initiative.definition, work.values);
  const categories = initiative.definition.categories.map((category, index) => ({ category, total: totals[index]! })).filter(({ category }) => category.kind === kind);
  const labels = categories.map(({ category }) => category.label[language]);
  return html`<figure class="chart" part="chart">
    <figcaption class="chart__title">${t('chartTitle', { kind: t(kind) })}</figcaption>
    <div class="chart__canvas" aria-hidden="true">
      <canvas ${barChart(labels, categories.map(({ total }) => total.proposed / 100), language, moneyFormat)}></canvas>
    </div>
    <table class="chart__table">
      <thead>
        <tr>
          <th scope="col">${t('category')}</th>
          <th scope="col">${t('today')}</th>
          <th scope="col">${t('yours')}</th>
          <th scope="col">${t('difference')}</th>
        </tr>
      </thead>
      <tbody>
        ${categories.map(
          ({ category, total }) => html`<tr>
            <th scope="row">${category.label[language]}</th>
            <td>${money(language, total.current)}</td>
            <td>${money(language, total.proposed)}</td>
            <td>${signedMoney(language, total.proposed - total.current)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}

/** Spending then revenue by category, each as a chart and a table. */
export function renderAllocation(view: BudgetView): TemplateResult {
  const kinds = (['spending', 'revenue'] as const).filter((kind) => view.initiative.definition.categories.some((category) => category.kind === kind));
  return html`${kinds.map((kind) => figure(view, kind))}`;
}
