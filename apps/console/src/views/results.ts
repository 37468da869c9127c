import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { notice } from '@participe/core/atoms';
import { chartStyles } from '@participe/core/chart';
import type { StaffInitiative } from '@participe/core/schemas';
import { describeError } from '../errors.js';
import type { ConsoleTranslate } from '../strings.js';
import type { ResultsView } from '@participe/core/staff';
import { staffFacetOf } from '../type-registry.js';
import { LocalizedElement } from '../view.js';
import { InitiativeView } from './initiative-view.js';

/** Room between questions; charts that shrink with the window (chart.js redraws to its container). */
const resultsStyles = css`
  .results,
  .result,
  .chart {
    grid-template-columns: minmax(0, 1fr);
  }
  .results {
    display: grid;
    gap: 2rem;
  }
  .result {
    display: grid;
    gap: 1rem;
    padding-top: 1rem;
    border-top: 1px solid #d0d4da;
  }
  .chart__table caption {
    font-weight: 600;
  }
`;

/**
 * The results dashboard of one initiative: the same figures the public widget shows once they are
 * published, here before publication too, each as a chart with the same numbers in a table; how
 * many responses they count; and whether citizens see them, with the action to change it.
 */
export class ConsoleResults extends InitiativeView {
  static override properties: PropertyDeclarations = {
    ...InitiativeView.properties,
    results: { state: true },
    resultsError: { state: true },
    loading: { state: true },
    busy: { state: true },
    actionError: { state: true },
    outcome: { state: true },
  };

  static override styles = [LocalizedElement.styles, chartStyles, resultsStyles];

  private declare results: unknown;
  private declare resultsError: unknown;
  private declare loading: boolean;
  private declare busy: boolean;
  private declare actionError: unknown;
  /** What the last action did, worded at render time so a language switch rewords it. */
  private declare outcome: ((t: ConsoleTranslate) => string) | undefined;
  private loadToken = 0;

  constructor() {
    super();
    this.loading = false;
    this.busy = false;
  }

  protected viewName(t: ConsoleTranslate): string {
    return t('resultsTitle');
  }

  private support(initiative: StaffInitiative): ResultsView<unknown, unknown> | undefined {
    return staffFacetOf(initiative.settings.type)?.results ?? undefined;
  }

  protected override initiativeLoaded(initiative: StaffInitiative): void {
    if (this.can('contributions:read') && this.support(initiative)) void this.loadResults(initiative);
  }

  private async loadResults(initiative: StaffInitiative, announce = false): Promise<void> {
    const token = ++this.loadToken;
    this.loading = true;
    this.resultsError = undefined;
    try {
      const results = await this.context.api.results(initiative.settings.id, staffFacetOf(initiative.settings.type)!.manifest.results!);
      if (token !== this.loadToken) return;
      this.results = results;
      if (announce) this.context.announce(this.t('resultsRefreshed'));
    } catch (error) {
      if (token === this.loadToken) this.resultsError = error;
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  private async publish(published: boolean): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.actionError = undefined;
    this.outcome = undefined;
    try {
      this.initiative = await this.context.api.publishResults(this.initiativeId, published);
      this.outcome = (t) => t(published ? 'resultsNowPublished' : 'resultsNowWithdrawn');
      this.context.announce(this.outcome(this.t));
    } catch (error) {
      this.actionError = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.busy = false;
    }
  }

  protected renderContent(initiative: StaffInitiative, t: ConsoleTranslate) {
    if (!this.can('contributions:read')) return notice('info', t('cannotReadResults'));
    const support = this.support(initiative);
    if (!support) return notice('info', t('resultsNotAvailable'));
    return html`<p>${t('resultsIntro')}</p>
      ${this.renderPublication(initiative, t)} ${this.renderFigures(initiative, support, t)}`;
  }

  private renderPublication(initiative: StaffInitiative, t: ConsoleTranslate) {
    const published = initiative.resultsPublished;
    return html`<section class="panel" aria-labelledby="publication-title">
      <h2 id="publication-title">${t('resultsPublicationTitle')}</h2>
      <p>${t(published ? 'resultsPublishedState' : 'resultsUnpublishedState')}</p>
      ${this.outcome ? notice('success', this.outcome(t)) : nothing}
      ${this.actionError ? notice('error', describeError(this.actionError, t)) : nothing}
      ${this.can('initiatives:write')
        ? html`<div class="actions">
            <button class="button button--secondary" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => void this.publish(!published)}>
              ${t(published ? 'withdrawResults' : 'publishResults')}
            </button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderFigures(initiative: StaffInitiative, support: ResultsView<unknown, unknown>, t: ConsoleTranslate) {
    if (this.resultsError && this.results === undefined) {
      return notice('error', describeError(this.resultsError, t), html`<button class="button button--secondary" type="button" @click=${() => void this.loadResults(initiative)}>${t('retry')}</button>`);
    }
    if (this.results === undefined) return html`<p class="muted" role="status">${t('loading')}</p>`;
    const count = support.responses(this.results);
    return html`<section class="stack" aria-labelledby="figures-title">
      <h2 id="figures-title">${t('resultsFiguresTitle')}</h2>
      <p><strong>${t('responseCount', count, this.formatNumber(count))}</strong></p>
      ${this.resultsError ? notice('error', describeError(this.resultsError, t)) : nothing}
      <div class="actions">
        <button class="button button--secondary" type="button" aria-disabled=${this.loading ? 'true' : nothing} @click=${() => !this.loading && void this.loadResults(initiative, true)}>
          ${this.loading ? t('loading') : t('refreshResults')}
        </button>
      </div>
      ${count === 0 ? notice('info', t('noResponses')) : support.render(this.results, initiative.settings.definition, this.language)}
    </section>`;
  }
}

if (!customElements.get('console-results')) customElements.define('console-results', ConsoleResults);

declare global {
  interface HTMLElementTagNameMap {
    'console-results': ConsoleResults;
  }
}
