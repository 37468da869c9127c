import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { button, notice } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import type { StaffInitiative } from '@participe/core/schemas';
import { officialResponseForm, StaffViewElement } from '@participe/core/staff';
import { changeStatuses, TestimonialPage, TestimonialSummary, type ServiceSummary, type TestimonialsDefinition } from '../schema.js';
import { changeLabel, serviceLabel } from '../words.js';
import { renderTestimonialPayload } from './payload.js';
import { testimonialsStaffStrings } from './strings.js';

const PAGE_SIZE = '20';

/**
 * The organisation's side of the wall: the summary per service (counts and mean ratings, as a
 * table), then every published testimonial, newest first, with a form for the organisation's reply
 * in both languages and its mark ("change planned", "change made").
 */
export class TestimonialsReplies extends StaffViewElement {
  static override properties: PropertyDeclarations = {
    ...StaffViewElement.properties,
    items: { state: true },
    total: { state: true },
    nextCursor: { state: true },
    listError: { state: true },
    summary: { state: true },
  };

  private declare items: TestimonialPage['items'] | undefined;
  private declare total: number;
  private declare nextCursor: string | null;
  private declare listError: unknown;
  private declare summary: ServiceSummary[] | undefined;

  constructor() {
    super();
    this.total = 0;
    this.nextCursor = null;
    this.addEventListener('participe-response-changed', () => void this.list());
  }

  private get words() {
    return translator(testimonialsStaffStrings, this.language);
  }

  private get definition(): TestimonialsDefinition {
    return this.initiative!.settings.definition as TestimonialsDefinition;
  }

  private get base(): string {
    return `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}`;
  }

  protected viewName(): string {
    return this.words('repliesView');
  }

  protected override initiativeLoaded(): void {
    void this.list();
    void this.loadSummary();
  }

  private async list(after?: string): Promise<void> {
    this.listError = undefined;
    try {
      const page = await this.context.request('GET', `${this.base}/testimonials`, { query: { limit: PAGE_SIZE, ...(after && { cursor: after }) }, schema: TestimonialPage });
      this.items = after ? [...(this.items ?? []), ...page.items] : page.items;
      this.total = page.total;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.listError = error;
    }
  }

  private async loadSummary(): Promise<void> {
    try {
      this.summary = (await this.context.request('GET', `${this.base}/testimonials/summary`, { schema: TestimonialSummary })).services;
    } catch (error) {
      this.listError = error;
    }
  }

  protected renderView(initiative: StaffInitiative): TemplateResult | typeof nothing {
    return html`<p>${this.words('repliesIntro')}</p>
      ${this.renderSummary()} ${this.renderList(initiative)}`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const t = this.words;
    if (!this.summary) return nothing;
    return html`<div class="panel">
      <h2 id="summary-title">${t('summaryTitle')}</h2>
      <p class="field__hint">${t('summaryNote')}</p>
      <div class="table-scroll" role="region" aria-labelledby="summary-title" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('summaryService')}</th>
              <th scope="col">${t('summaryCount')}</th>
              <th scope="col">${t('summaryRated')}</th>
              <th scope="col">${t('summaryAverage')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.summary.map(
              (row) => html`<tr>
                <th scope="row">${serviceLabel(this.definition, row.service, this.language)}</th>
                <td>${this.formatNumber(row.count)}</td>
                <td>${this.formatNumber(row.rated)}</td>
                <td>${row.average === null ? '—' : this.formatNumber(row.average)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  private renderList(initiative: StaffInitiative): TemplateResult {
    const t = this.words;
    if (this.listError && !this.items) return notice('error', this.context.describeError(this.listError), button({ label: this.kit('retry'), variant: 'secondary', onClick: () => void this.list() }));
    if (!this.items) return html`<p class="muted" role="status">${this.kit('loading')}</p>`;
    const statuses = changeStatuses.map((status) => ({ id: status, label: changeLabel(status, this.language) }));
    return html`<section class="stack" aria-labelledby="testimonials-title">
      <h2 id="testimonials-title">${this.items.length ? t('count', this.total, this.formatNumber(this.total)) : t('noneYet')}</h2>
      <ol class="cards">
        ${this.items.map((item) => {
          const label = `${serviceLabel(this.definition, String((item.payload as { service?: unknown } | null)?.service ?? ''), this.language)} – ${this.formatDate(item.receivedAt)}`;
          return html`<li class="card">
            <h3>${label}</h3>
            ${renderTestimonialPayload(item.payload, this.definition, this.language, item.language)}
            ${item.response ? html`<p><span class="badge">${changeLabel(item.response.status, this.language)}</span></p>` : nothing}
            <details>
              <summary>${t('reply')}<span class="visually-hidden"> (${label})</span></summary>
              ${officialResponseForm(this.context, initiative.settings.id, item.id, item.response, { statuses })}
            </details>
          </li>`;
        })}
      </ol>
      ${this.nextCursor ? html`<div class="actions">${button({ label: t('showMore'), variant: 'secondary', onClick: () => void this.list(this.nextCursor!) })}</div>` : nothing}
    </section>`;
  }
}

if (!customElements.get('testimonials-replies')) customElements.define('testimonials-replies', TestimonialsReplies);

declare global {
  interface HTMLElementTagNameMap {
    'testimonials-replies': TestimonialsReplies;
  }
}
