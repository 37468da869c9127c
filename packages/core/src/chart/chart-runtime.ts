import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// Only what a horizontal bar chart needs: the rest of chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartInput {
  labels: string[];
  values: number[];
  locale: string;
  color: string;
  textColor: string;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function drawBarChart(canvas: HTMLCanvasElement, input: BarChartInput): Chart<'bar'> {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: input.labels, datasets: [{ data: input.values, backgroundColor: input.color, borderWidth: 0 }] },
    options: {
      indexAxis: 'y',
      locale: input.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 300 },
      plugins: { legend: { display: false }, tooltip: { enabled: true } },
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0, color: input.textColor } },
        y: { ticks: { color: input.textColor } },
      },
    },
  });
}

export function updateBarChart(chart: Chart<'bar'>, input: BarChartInput): void {
  chart.data.labels = input.labels;
  chart.data.datasets[0]!.data = input.values;
  chart.update();
}
