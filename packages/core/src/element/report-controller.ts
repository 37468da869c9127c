// "You said, we did": what the organisation did with an initiative's contributions, shown by every
// widget — the report once the initiative is closed, and in the thank-you message the day it is
// promised by (or the report itself, once out). Imported by the base element only in those
// states: a widget's first chunk carries none of this.
import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { collectorBase, readJson } from '../client/read.js';
import type { Language } from '../schemas/common.js';
import { PublicReport, type PublicAnswer } from '../schemas/report.js';
import { validate } from '../schemas/validate.js';
import { formatDate, formatNumber } from './format.js';
import { reportStrings } from './report-strings.js';
import { lookup, type StringOverrides } from './strings.js';
import type { WidgetState } from './types.js';

export interface ReportTarget {
  initiative(): string | undefined;
  collector(): string | undefined;
  state(): WidgetState;
  language(): Language;
  overrides(): StringOverrides | undefined;
}

export const reportStyles = css`
  .report {
    display: grid;
    gap: 0.5rem;
    margin-block-start: var(--_participe-space);
    padding: var(--_participe-space);
    border-inline-start: 4px solid var(--_participe-accent);
    background: var(--_participe-subtle);
  }
  .report h2,
  .report h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  .report h3 {
    font-size: 1rem;
  }
  .report p,
  .report ul {
    margin: 0;
  }
  .report__text {
    white-space: pre-line;
  }
`;

/** A short reminder of what an answer responds to: the first text the public view of its contribution holds. */
function quoted(answer: PublicAnswer): string | undefined {
  const payload = answer.payload;
  if (!payload || typeof payload !== 'object') return undefined;
  return Object.values(payload as Record<string, unknown>).find((value): value is string => typeof value === 'string' && value.trim() !== '');
}

export class ReportController implements ReactiveController {
  private report: PublicReport | undefined;
  /** The initiative whose report was asked for (asked once per initiative). */
  private asked: string | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly target: ReportTarget,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const state = this.target.state();
    const initiative = this.target.initiative();
    const collector = this.target.collector();
    if ((state !== 'closed' && state !== 'submitted') || !initiative || !collector || this.asked === initiative) return;
    this.asked = initiative;
    this.report = undefined;
    void this.fetch(collector, initiative);
  }

  private async fetch(collector: string, initiative: string): Promise<void> {
    try {
      const body = await readJson(`${collectorBase(collector)}v1/initiatives/${encodeURIComponent(initiative)}/report`, { attempts: 1 });
      const checked = validate(PublicReport, body);
      if (checked.ok && this.asked === initiative) {
        this.report = checked.value;
        this.host.requestUpdate();
      }
    } catch {
      // None readable (the collector unreachable, say): the widget says nothing more.
    }
  }

  private text(key: keyof typeof reportStrings.fr, ...args: unknown[]): string {
    return lookup(this.target.language(), this.target.overrides(), [reportStrings], key, args);
  }

  private day(value: string): string {
    return formatDate(this.target.language(), `${value}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  }

  /** The promise or the report for the widget's state; nothing while there is neither. */
  render(): TemplateResult | typeof nothing {
    const report = this.report;
    const state = this.target.state();
    if (!report || report.state === 'none' || (state !== 'closed' && state !== 'submitted')) return nothing;
    if (report.state === 'expected') return html`<p class="report report--expected" part="report">${this.text('reportExpected', { date: this.day(report.expectedBy) })}</p>`;
    const body = this.renderReport(report);
    // Thanked while a report is already out: offered, not imposed.
    return state === 'submitted'
      ? html`<details class="report" part="report"><summary>${this.text('reportSeeWhatWeDid')}</summary>${body}</details>`
      : html`<section class="report" part="report" aria-labelledby="participe-report-title">${body}</section>`;
  }

  private renderReport(report: Extract<PublicReport, { state: 'published' }>): TemplateResult {
    const language = this.target.language();
    const section = (title: string, text: string) => html`<h3>${title}</h3><p class="report__text">${text}</p>`;
    return html`<h2 id="participe-report-title">${this.text('reportTitle')}</h2>
      <p>${this.text('reportPublished', { date: this.day(report.publishedOn) })}</p>
      ${section(this.text('reportHeard'), report.text.heard[language])} ${section(this.text('reportDecided'), report.text.decided[language])}
      ${section(this.text('reportChanges'), report.text.changes[language])}
      ${report.themes.length
        ? html`<h3>${this.text('reportThemes')}</h3>
            <ul>
              ${report.themes.map((theme) => html`<li>${theme.name[language]} — ${this.text('reportThemeCount', theme.count, formatNumber(language, theme.count))}</li>`)}
            </ul>`
        : nothing}
      ${report.answers.length
        ? html`<h3>${this.text('reportAnswers')}</h3>
            <ul>
              ${report.answers.map((answer) => {
                const about = quoted(answer);
                return html`<li>${about ? html`<q>${about}</q> ` : nothing}${answer.response.text ? answer.response.text[language] : nothing}</li>`;
              })}
            </ul>`
        : nothing}`;
  }
}
