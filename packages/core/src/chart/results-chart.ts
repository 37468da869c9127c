import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../schemas/common.js';
import { formatNumber, formatPercent } from '../element/format.js';
import { barChart } from './bar-chart.js';

export interface ResultsChartData {
  title: string;
  labels: string[];
  values: number[];
  /**
   * What shares are of: by default the sum of the values (each answer counted once); a question
   * where one person may give several answers passes how many answered, so that each share is a
   * share of respondents (and the shares may add up to more than 100 %).
   */
  base?: number | undefined;
}

export interface ResultsChartLabels {
  /** Header of the first column, e.g. "Answer". */
  category: string;
  count: string;
  share: string;
  /** e.g. "Total: 42 responses". */
  total?: string;
}

/**
 * Results of one question: a bar chart (drawn lazily) and the same figures as a table with
 * counts and shares, readable without colour, without the chart, and by screen readers.
 */
export function resultsChart({ title, labels, values, base }: ResultsChartData, language: Language, text: ResultsChartLabels): TemplateResult {
  const total = base ?? values.reduce((sum, value) => sum + value, 0);
  return html`<figure class="chart" part="chart">
    <figcaption class="chart__title">${title}</figcaption>
    <div class="chart__canvas" aria-hidden="true"><canvas ${barChart(labels, values, language)}></canvas></div>
    <table class="chart__table">
      <thead>
        <tr>
          <th scope="col">${text.category}</th>
          <th scope="col">${text.count}</th>
          <th scope="col">${text.share}</th>
        </tr>
      </thead>
      <tbody>
        ${labels.map(
          (label, index) => html`<tr>
            <th scope="row">${label}</th>
            <td>${formatNumber(language, values[index] ?? 0)}</td>
            <td>${formatPercent(language, total ? (values[index] ?? 0) / total : 0)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${text.total ? html`<p class="chart__total">${text.total}</p>` : nothing}
  </figure>`;
}
