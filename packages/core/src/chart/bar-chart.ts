import { noChange, type ElementPart } from 'lit';
import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';
import type { Chart } from 'chart.js';
import type { Language } from '../schemas/common.js';
import { locales } from '../element/format.js';
import { wrapLabel } from './wrap-label.js';

const BAR_HEIGHT_REM = 2.5;
/** A wrapped label's extra lines each take this much more room. */
const LINE_HEIGHT_REM = 1.1;
/** Columns (a series over time) keep one height whatever their number. */
const COLUMNS_HEIGHT_REM = 14;

/**
 * Draws a bar chart on a `<canvas>`. chart.js is imported only here, on first use, so a widget's
 * first chunk never carries it. The canvas is decorative (`aria-hidden`): the table beside it
 * holds the same figures for everyone.
 *
 * `format` (optional) formats the axis and tooltips, e.g. `{ style: 'currency', currency: 'CAD' }`
 * for money. A chart fed from a control being dragged redraws at most once a frame, and not at all
 * when its figures did not change: re-rendering the host is cheap, redrawing a chart is not.
 * `columns` draws vertical bars (a series over time, say) in a box of constant height.
 */
class BarChartDirective extends AsyncDirective {
  private chart: Chart<'bar'> | undefined;
  private canvas: HTMLCanvasElement | undefined;
  private drawn = '';
  private pending: { labels: string[]; values: number[]; language: Language; format: Intl.NumberFormatOptions | undefined; columns: boolean } | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('[participe] barChart() goes on a <canvas> element');
  }

  render(_labels: string[], _values: number[], _language: Language, _format?: Intl.NumberFormatOptions, _columns?: boolean) {
    return noChange;
  }

  override update(part: ElementPart, [labels, values, language, format, columns = false]: [string[], number[], Language, Intl.NumberFormatOptions?, boolean?]) {
    this.canvas = part.element as HTMLCanvasElement;
    // Reserved before chart.js arrives, so the page does not jump when it draws (CSSOM: allowed by a strict CSP).
    const extraLines = labels.reduce((sum, label) => sum + wrapLabel(label).length - 1, 0);
    if (this.canvas.parentElement) this.canvas.parentElement.style.height = `${columns ? COLUMNS_HEIGHT_REM : BAR_HEIGHT_REM * labels.length + LINE_HEIGHT_REM * extraLines + 2.5}rem`;
    const key = JSON.stringify([labels, values, language, format, columns]);
    if (key === this.drawn && this.chart) return noChange;
    this.drawn = key;
    const first = !this.pending;
    this.pending = { labels, values, language, format, columns };
    if (first) requestAnimationFrame(() => void this.draw());
    return noChange;
  }

  private async draw() {
    const runtime = await import('./chart-runtime.js');
    const canvas = this.canvas;
    const input = this.pending;
    this.pending = undefined;
    if (!canvas || !input || !this.isConnected) return;
    const style = getComputedStyle(canvas);
    const drawing = {
      labels: input.labels,
      values: input.values,
      locale: locales[input.language],
      color: style.getPropertyValue('--_participe-accent').trim() || '#095797',
      textColor: style.color,
      format: input.format,
      columns: input.columns,
    };
    if (this.chart) runtime.updateBarChart(this.chart, drawing);
    else this.chart = runtime.drawBarChart(canvas, drawing);
  }

  protected override disconnected() {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = '';
  }

  protected override reconnected() {
    this.setValue(noChange);
  }
}

export const barChart = directive(BarChartDirective);
