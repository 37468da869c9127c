import { html, nothing, type PropertyDeclarations } from 'lit';
import { notice } from '@participe/core/atoms';
import type { StaffInitiative } from '@participe/core/schemas';
import { availabilityText, periodText, statusBadge, typeLabel } from '../components/initiative-facts.js';
import { describeError } from '../errors.js';
import { href } from '../router.js';
import { ConsoleView } from '../view.js';

/** The organisation's initiatives, each linking to its page; "New initiative" for roles that may create. */
export class ConsoleInitiatives extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    initiatives: { state: true },
    loadError: { state: true },
  };

  private declare initiatives: StaffInitiative[] | undefined;
  private declare loadError: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = undefined;
    try {
      this.initiatives = await this.context.api.initiatives();
    } catch (error) {
      this.loadError = error;
    }
  }

  protected viewTitle(): string {
    return this.t('initiativesTitle');
  }

  override render() {
    const t = this.t;
    return html`<div class="view">
      <div class="view-header">
        <h1 tabindex="-1">${t('initiativesTitle')}</h1>
        ${this.can('initiatives:write') ? html`<a class="button" href=${href('/new-initiative')}>${t('newInitiative')}</a>` : nothing}
      </div>
      <p>${t('initiativesIntro')}</p>
      ${this.renderList()}
    </div>`;
  }

  private renderList() {
    const t = this.t;
    if (this.loadError) {
      return notice('error', describeError(this.loadError, t), html`<button class="button button--secondary" type="button" @click=${() => void this.load()}>${t('retry')}</button>`);
    }
    if (!this.initiatives) return html`<p class="muted" role="status">${t('loading')}</p>`;
    if (!this.initiatives.length) return notice('info', t('noInitiatives'));
    return html`<p class="muted">${t('initiativesCount', this.initiatives.length, this.formatNumber(this.initiatives.length))}</p>
      <ul class="cards">
        ${this.initiatives.map(
          (initiative) => html`<li class="card">
            <h2><a href=${href(`/initiatives/${encodeURIComponent(initiative.settings.id)}`)}>${this.localize(initiative.settings.title)}</a></h2>
            <dl class="facts">
              <dt>${t('labelId')}</dt>
              <dd><code>${initiative.settings.id}</code></dd>
              <dt>${t('labelType')}</dt>
              <dd>${typeLabel(initiative.settings.type, this.language)}</dd>
              <dt>${t('labelStatus')}</dt>
              <dd>${statusBadge(initiative.status, t)}</dd>
              <dt>${t('labelAvailability')}</dt>
              <dd>${availabilityText(initiative, t)}</dd>
              <dt>${t('labelPeriod')}</dt>
              <dd>${periodText(initiative, this.language, t)}</dd>
              <dt>${t('labelContributions')}</dt>
              <dd>${t('contributionCount', initiative.contributionCount, this.formatNumber(initiative.contributionCount))}</dd>
            </dl>
          </li>`,
        )}
      </ul>`;
  }
}

if (!customElements.get('console-initiatives')) customElements.define('console-initiatives', ConsoleInitiatives);

declare global {
  interface HTMLElementTagNameMap {
    'console-initiatives': ConsoleInitiatives;
  }
}
