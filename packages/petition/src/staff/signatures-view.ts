import { html, nothing, type TemplateResult } from 'lit';
import { button, notice } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { OutboxPage, type StaffInitiative } from '@participe/core/schemas';
import { StaffViewElement } from '@participe/core/staff';
import { QuarantinePage, RegionCounts, ReviewResult, type QuarantinedSignature } from '../schema.js';
import { viewStrings } from './views-strings.js';

/**
 * The petition's signatures for staff: counts by region (never an address), the quarantine with
 * bulk validation, and the outbox (where the operator reads confirmation emails without SMTP).
 */
export class PetitionSignatures extends StaffViewElement {
  static override properties = {
    ...StaffViewElement.properties,
    counts: { state: true },
    queue: { state: true },
    outbox: { state: true },
    selected: { state: true },
    message: { state: true },
  };

  private declare counts: RegionCounts | undefined;
  private declare queue: QuarantinedSignature[] | undefined;
  private declare outbox: OutboxPage['items'] | undefined;
  private declare selected: Set<string>;
  private declare message: { tone: 'success' | 'error'; text: string } | undefined;

  constructor() {
    super();
    this.selected = new Set();
  }

  private get t() {
    return translator(viewStrings, this.language);
  }

  protected viewName(): string {
    return viewStrings[this.language].signaturesView;
  }

  private path(sub: string) {
    return `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}/${sub}`;
  }

  protected override initiativeLoaded(): void {
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    try {
      const [counts, queue, outbox] = await Promise.all([
        this.context.request('GET', this.path('signatures/regions'), { schema: RegionCounts }),
        this.context.request('GET', this.path('signatures/quarantine'), { schema: QuarantinePage }),
        this.context.request('GET', this.path('outbox'), { schema: OutboxPage }),
      ]);
      this.counts = counts;
      this.queue = queue.items;
      this.outbox = outbox.items;
      this.selected = new Set([...this.selected].filter((id) => queue.items.some((item) => item.id === id)));
    } catch (error) {
      this.message = { tone: 'error', text: this.context.describeError(error) };
    }
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private async review(decision: 'validate' | 'invalidate'): Promise<void> {
    if (!this.selected.size) {
      this.message = { tone: 'error', text: this.t('nothingSelected') };
      return;
    }
    try {
      const { changed } = await this.context.request('POST', this.path('signatures/review'), { body: { ids: [...this.selected], decision }, schema: ReviewResult });
      this.selected = new Set();
      this.message = { tone: 'success', text: this.t('reviewed', changed) };
      this.context.announce(this.message.text);
      await this.refresh();
    } catch (error) {
      this.message = { tone: 'error', text: this.context.describeError(error) };
    }
  }

  private reason(code: string): string {
    return code === 'many-from-one-network' ? this.t('reason_many') : code === 'unusual-name' ? this.t('reason_name') : code;
  }

  protected renderView(_initiative: StaffInitiative): TemplateResult | typeof nothing {
    const t = this.t;
    const { counts, queue, outbox } = this;
    return html`${this.message ? html`<div role="status">${notice(this.message.tone, this.message.text)}</div>` : nothing}
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">${t('counts')}</h2>
        ${counts
          ? html`<p>${t('countsSummary', this.formatNumber(counts.total), this.formatNumber(counts.pending), this.formatNumber(counts.quarantined))}</p>
              <div class="table-scroll">
                <table>
                  <caption>${t('byRegion')}</caption>
                  <thead><tr><th scope="col">${t('region')}</th><th scope="col">${t('signatures')}</th></tr></thead>
                  <tbody>
                    ${counts.regions.map((row) => html`<tr><th scope="row">${row.region || t('unknownRegion')}</th><td>${this.formatNumber(row.signatures)}</td></tr>`)}
                  </tbody>
                </table>
              </div>`
          : html`<p class="muted">${this.kit('loading')}</p>`}
      </section>
      <section aria-labelledby="quarantine-title">
        <h2 id="quarantine-title">${t('quarantine')}</h2>
        <p>${t('quarantineHint')}</p>
        ${!queue
          ? nothing
          : queue.length === 0
            ? html`<p>${t('quarantineEmpty')}</p>`
            : html`<div class="table-scroll">
                  <table>
                    <thead>
                      <tr>
                        <td></td>
                        <th scope="col">${t('name')}</th>
                        <th scope="col">${t('region')}</th>
                        <th scope="col">${t('domain')}</th>
                        <th scope="col">${t('reasons')}</th>
                        <th scope="col">${t('signedAt')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${queue.map(
                        (item) =>
                          html`<tr>
                            <td>
                              <input
                                type="checkbox"
                                aria-label=${t('select', item.name)}
                                .checked=${this.selected.has(item.id)}
                                @change=${(event: Event) => this.toggle(item.id, (event.target as HTMLInputElement).checked)}
                              />
                            </td>
                            <td>${item.name}</td>
                            <td>${item.postalPrefix}</td>
                            <td>${item.emailDomain}</td>
                            <td>${item.reasons.map((code) => this.reason(code)).join(', ')}</td>
                            <td>${this.formatDate(item.signedAt)}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                <div class="actions">
                  ${button({ label: t('validate'), onClick: () => void this.review('validate') })}
                  ${button({ label: t('invalidate'), variant: 'secondary', onClick: () => void this.review('invalidate') })}
                </div>`}
      </section>
      <section aria-labelledby="outbox-title">
        <h2 id="outbox-title">${t('outbox')}</h2>
        <p>${t('outboxHint')}</p>
        ${!outbox
          ? nothing
          : outbox.length === 0
            ? html`<p>${t('outboxEmpty')}</p>`
            : html`<ul class="cards">
                ${outbox.map(
                  (mail) =>
                    html`<li class="card" lang=${mail.language}>
                      <h3>${mail.subject}</h3>
                      <p>${t('to')} ${mail.recipient}</p>
                      <p class="muted">
                        ${mail.sentAt ? t('sentVia', mail.transport ?? '', this.formatDate(mail.sentAt)) : mail.failedAt ? t('failed', mail.lastError ?? '') : t('waiting')}
                      </p>
                      <pre class="mail">${mail.body}</pre>
                    </li>`,
                )}
              </ul>`}
      </section>`;
  }
}

if (!customElements.get('petition-signatures')) customElements.define('petition-signatures', PetitionSignatures);

declare global {
  interface HTMLElementTagNameMap {
    'petition-signatures': PetitionSignatures;
  }
}
