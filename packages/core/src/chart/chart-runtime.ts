import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { wrapLabel } from './wrap-label.js';

// Only what a horizontal bar chart needs: the rest of chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartInput {
  labels: string[];
  values: number[];
  locale: string;
  color: string;
  textColor: string;
  /** How values are written on the axis and in tooltips (money, say); plain numbers otherwise. */
  format?: Intl.NumberFormatOptions | undefined;
  /** Vertical bars (a series over time); horizontal otherwise. */
  columns?: boolean | undefined;
}

/** The axis values are read on: across horizontal bars, up columns. */
const valueAxis = (input: BarChartInput) => (input.columns ? 'y' : 'x');

/** The axis and tooltip wording of values, in the chart's locale. */
function valueFormat(input: BarChartInput) {
  const formatter = new Intl.NumberFormat(input.locale, input.format);
  return (value: number | string) => formatter.format(Number(value));
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** What may change after drawing: the locale (a language switch), and the value format when one is given. */
function formatted(chart: Chart<'bar'>, input: BarChartInput): void {
  chart.options.locale = input.locale;
  if (!input.format) return;
  const format = valueFormat(input);
  chart.options.plugins!.tooltip!.callbacks!.label = (item) => format(item.parsed[valueAxis(input)] ?? 0);
  (chart.options.scales![valueAxis(input)]!.ticks as { callback?: (value: number | string) => string }).callback = (value) => format(value);
}

export function drawBarChart(canvas: HTMLCanvasElement, input: BarChartInput): Chart<'bar'> {
  const format = input.format ? valueFormat(input) : undefined;
  const values = valueAxis(input);
  const categories = input.columns ? 'x' : 'y';
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: input.labels.map((label) => wrapLabel(label)), datasets: [{ data: input.values, backgroundColor: input.color, borderWidth: 0 }] },
    options: {
      indexAxis: categories,
      locale: input.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 300 },
      plugins: { legend: { display: false }, tooltip: { enabled: true, ...(format && { callbacks: { label: (item) => format(item.parsed[values] ?? 0) } }) } },
      scales: {
        [values]: { beginAtZero: true, ticks: { precision: 0, color: input.textColor, ...(format && { callback: (value: number | string) => format(value) }) } },
        [categories]: { ticks: { color: input.textColor } },
      },
    },
  });
}

export function updateBarChart(chart: Chart<'bar'>, input: BarChartInput): void {
  chart.data.labels = input.labels.map((label) => wrapLabel(label));
  chart.data.datasets[0]!.data = input.values;
  formatted(chart, input);
  chart.update();
}
