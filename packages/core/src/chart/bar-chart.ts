import { noChange, type ElementPart } from 'lit';
import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';
import type { Chart } from 'chart.js';
import type { Language } from '../schemas/common.js';
import { locales } from '../element/format.js';

const BAR_HEIGHT_REM = 2.5;

/**
 * Draws a bar chart on a `<canvas>`. chart.js is imported only here, on first use, so a widget's
 * first chunk never carries it. The canvas is decorative (`aria-hidden`): the table beside it
 * holds the same figures for everyone.
 */
class BarChartDirective extends AsyncDirective {
  private chart: Chart<'bar'> | undefined;
  private canvas: HTMLCanvasElement | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('[participe] barChart() goes on a <canvas> element');
  }

  render(_labels: string[], _values: number[], _language: Language) {
    return noChange;
  }

  override update(part: ElementPart, [labels, values, language]: [string[], number[], Language]) {
    this.canvas = part.element as HTMLCanvasElement;
    // Reserved before chart.js arrives, so the page does not jump when it draws (CSSOM: allowed by a strict CSP).
    if (this.canvas.parentElement) this.canvas.parentElement.style.height = `${BAR_HEIGHT_REM * labels.length + 2.5}rem`;
    void this.draw(labels, values, language);
    return noChange;
  }

  private async draw(labels: string[], values: number[], language: Language) {
    const runtime = await import('./chart-runtime.js');
    const canvas = this.canvas;
    if (!canvas || !this.isConnected) return;
    const style = getComputedStyle(canvas);
    const input = {
      labels,
      values,
      locale: locales[language],
      color: style.getPropertyValue('--_participe-accent').trim() || '#095797',
      textColor: style.color,
    };
    if (this.chart) runtime.updateBarChart(this.chart, input);
    else this.chart = runtime.drawBarChart(canvas, input);
  }

  protected override disconnected() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override reconnected() {
    this.setValue(noChange);
  }
}

export const barChart = directive(BarChartDirective);
