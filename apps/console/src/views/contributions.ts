import { html, nothing, type PropertyDeclarations } from 'lit';
import { field, notice } from '@participe/core/atoms';
import type { ContextField, ContributionQuery, StaffContribution, StaffInitiative } from '@participe/core/schemas';
import type { ExportFormat } from '../api.js';
import { channelKeys, languageKeys, moderationStateKeys } from '../components/contribution-words.js';
import { participantText } from '../components/participant.js';
import { startOfDay } from '../dates.js';
import { saveFile } from '../download.js';
import { describeError } from '../errors.js';
import type { ConsoleTranslate, PlainKey } from '../strings.js';
import { staffFacetOf } from '../type-registry.js';
import { InitiativeView } from './initiative-view.js';

/** The filter form as typed; dates are `YYYY-MM-DD` days, turned into instants when applied. */
interface Filters {
  channel: string;
  language: string;
  moderation: string;
  from: string;
  to: string;
  q: string;
}

const noFilters: Filters = { channel: '', language: '', moderation: '', from: '', to: '', q: '' };
const PAGE_SIZE = '50';

/**
 * The contributions of one initiative: filters bound to the staff API's query parameters, a table
 * (newest first) with each payload rendered by its type, cursor pages ("show more"), and exports.
 */
export class ConsoleContributions extends InitiativeView {
  static override properties: PropertyDeclarations = {
    ...InitiativeView.properties,
    filters: { state: true },
    items: { state: true },
    nextCursor: { state: true },
    listError: { state: true },
    filterError: { state: true },
    loading: { state: true },
    exporting: { state: true },
    exportError: { state: true },
    exported: { state: true },
  };

  private declare filters: Filters;
  private declare items: StaffContribution[] | undefined;
  private declare nextCursor: string | null;
  private declare listError: unknown;
  private declare filterError: boolean;
  private declare loading: boolean;
  private declare exporting: ExportFormat | undefined;
  private declare exportError: unknown;
  private declare exported: string | undefined;
  /** The query of the rows shown, so "show more" continues the same list. */
  private applied: ContributionQuery = {};
  private listToken = 0;

  constructor() {
    super();
    this.filters = noFilters;
    this.nextCursor = null;
    this.filterError = false;
    this.loading = false;
  }

  protected viewName(t: ConsoleTranslate): string {
    return t('contributionsTitle');
  }

  protected override initiativeLoaded(): void {
    if (this.can('contributions:read')) void this.list(this.applied);
  }

  /** Loads the first page of `query`, or the next page when `after` is given. */
  private async list(query: ContributionQuery, after?: string): Promise<void> {
    const token = ++this.listToken;
    this.loading = true;
    this.listError = undefined;
    const firstNew = after ? (this.items?.length ?? 0) : 0;
    try {
      const page = await this.context.api.contributions(this.initiativeId, { ...query, limit: PAGE_SIZE, ...(after && { cursor: after }) });
      if (token !== this.listToken) return;
      this.applied = query;
      this.items = after ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.context.announce(this.t('shownCount', this.items.length, this.formatNumber(this.items.length)));
      // After "show more", continue reading at the first new row rather than losing focus.
      const first = after && page.items[0];
      if (first && firstNew > 0) await this.focusById(`row-${first.id}`);
    } catch (error) {
      if (token === this.listToken) this.listError = error;
    } finally {
      if (token === this.listToken) this.loading = false;
    }
  }

  private setFilter(name: keyof Filters, event: Event): void {
    this.filters = { ...this.filters, [name]: (event.target as HTMLInputElement | HTMLSelectElement).value };
  }

  private applyFilters(event: Event): void {
    event.preventDefault();
    const { channel, language, moderation, from, to, q } = this.filters;
    this.filterError = Boolean(from && to && to < from);
    if (this.filterError) return void this.focusById('filter-to');
    const query: ContributionQuery = {
      ...(channel && { channel: channel as ContributionQuery['channel'] }),
      ...(language && { language: language as ContributionQuery['language'] }),
      ...(moderation && { moderation: moderation as ContributionQuery['moderation'] }),
      ...(from && { from: startOfDay(from) }),
      // "Until" includes the whole day: the API's `to` is exclusive.
      ...(to && { to: startOfDay(to, 1) }),
      ...(q.trim() && { q: q.trim() }),
    };
    void this.list(query);
  }

  private resetFilters(): void {
    this.filters = noFilters;
    this.filterError = false;
    void this.list({});
  }

  private async export(format: ExportFormat): Promise<void> {
    if (this.exporting) return;
    this.exporting = format;
    this.exportError = undefined;
    this.exported = undefined;
    try {
      const { blob, filename } = await this.context.api.exportContributions(this.initiativeId, format, this.language);
      saveFile(blob, filename);
      this.exported = filename;
      this.context.announce(this.t('exported', { filename }));
    } catch (error) {
      this.exportError = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.exporting = undefined;
    }
  }

  protected renderContent(initiative: StaffInitiative, t: ConsoleTranslate) {
    if (!this.can('contributions:read')) return notice('info', t('cannotReadContributions'));
    return html`${this.renderFilters(t)} ${this.renderTable(initiative, t)} ${this.can('contributions:export') ? this.renderExport(t) : nothing}`;
  }

  private renderFilters(t: ConsoleTranslate) {
    const select = (name: 'channel' | 'language' | 'moderation', label: string, all: string, options: Record<string, PlainKey>) =>
      field({ id: `filter-${name}`, label, errorPrefix: t('errorPrefix') }, ({ id }) =>
        html`<select class="input" id=${id} @change=${(event: Event) => this.setFilter(name, event)}>
          <option value="" ?selected=${!this.filters[name]}>${all}</option>
          ${Object.entries(options).map(([value, key]) => html`<option value=${value} ?selected=${this.filters[name] === value}>${t(key)}</option>`)}
        </select>`,
      );
    const date = (name: 'from' | 'to', label: string, error?: string) =>
      field({ id: `filter-${name}`, label, error, errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
        html`<input class="input" id=${id} type="date" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.filters[name]} @input=${(event: Event) => this.setFilter(name, event)} />`,
      );
    return html`<section class="panel" aria-labelledby="filters-title">
      <h2 id="filters-title">${t('filtersTitle')}</h2>
      <form novalidate @submit=${this.applyFilters}>
        <div class="filters">
          ${select('channel', t('filterChannel'), t('filterAllChannels'), channelKeys)}
          ${select('language', t('filterLanguage'), t('filterAllLanguages'), languageKeys)}
          ${select('moderation', t('filterModeration'), t('filterAllStates'), moderationStateKeys)}
          ${date('from', t('filterFrom'))} ${date('to', t('filterTo'), this.filterError ? t('filterDatesOrder') : undefined)}
          ${field({ id: 'filter-q', label: t('filterText'), errorPrefix: t('errorPrefix') }, ({ id }) =>
            html`<input class="input" id=${id} type="search" maxlength="200" .value=${this.filters.q} @input=${(event: Event) => this.setFilter('q', event)} />`,
          )}
        </div>
        <div class="actions">
          <button class="button" type="submit">${t('applyFilters')}</button>
          <button class="button button--secondary" type="button" @click=${this.resetFilters}>${t('resetFilters')}</button>
        </div>
      </form>
    </section>`;
  }

  private renderTable(initiative: StaffInitiative, t: ConsoleTranslate) {
    if (this.listError && !this.items) {
      return notice('error', describeError(this.listError, t), html`<button class="button button--secondary" type="button" @click=${() => void this.list(this.applied)}>${t('retry')}</button>`);
    }
    if (!this.items) return html`<p class="muted" role="status">${t('loading')}</p>`;
    const support = staffFacetOf(initiative.settings.type);
    const count = this.items.length;
    return html`<div class="stack">
      ${count === 0
        ? notice('info', t('noContributions'))
        : html`<h2 id="table-title">${t('tableCaption')}</h2>
            <p class="muted">${t('shownCount', count, this.formatNumber(count))}${this.nextCursor ? ` ${t('moreAvailable')}` : ''}</p>
            <div class="table-scroll" role="region" aria-labelledby="table-title" tabindex="0">
            <table>
              <caption class="visually-hidden">${t('tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('columnReceived')}</th>
                  <th scope="col">${t('columnChannel')}</th>
                  <th scope="col">${t('columnLanguage')}</th>
                  <th scope="col">${t('columnModeration')}</th>
                  <th scope="col">${t('columnParticipant')}</th>
                  <th scope="col">${t('columnContent')}</th>
                </tr>
              </thead>
              <tbody>
                ${this.items.map(
                  (contribution) => html`<tr>
                    <th scope="row" id="row-${contribution.id}" tabindex="-1">${this.formatDate(contribution.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })}</th>
                    <td>${t(channelKeys[contribution.channel])}</td>
                    <td>${t(languageKeys[contribution.language])}</td>
                    <td>${t(moderationStateKeys[contribution.moderationState])}</td>
                    <td>${participantText(contribution, this.language, t)}</td>
                    <td class="content">
                      ${support ? support.renderPayload(contribution.payload, initiative.settings.definition, this.language, contribution.language) : html`<code>${JSON.stringify(contribution.payload)}</code>`}
                      ${this.renderContext(contribution, initiative.settings.context ?? [])}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
            </div>`}
      ${this.listError ? notice('error', describeError(this.listError, t)) : nothing}
      ${this.nextCursor
        ? html`<div class="actions">
            <button class="button button--secondary" type="button" aria-disabled=${this.loading ? 'true' : nothing} @click=${() => !this.loading && void this.list(this.applied, this.nextCursor!)}>
              ${this.loading ? t('loading') : t('loadMore')}
            </button>
          </div>`
        : nothing}
    </div>`;
  }

  /** The host page's context sent with a contribution, each field under its label. */
  private renderContext(contribution: StaffContribution, fields: readonly ContextField[]) {
    const entries = Object.entries(contribution.context ?? {});
    if (!entries.length) return nothing;
    const label = (name: string) => {
      const declared = fields.find((field) => field.name === name)?.label;
      return declared ? this.localize(declared) : name;
    };
    return html`<dl class="payload context">
      <dt>${this.t('contextTitle')}</dt>
      <dd>${entries.map(([name, value], index) => html`${index ? html`<br />` : nothing}${label(name)}${this.t('colon')}<code>${value}</code>`)}</dd>
    </dl>`;
  }

  private renderExport(t: ConsoleTranslate) {
    return html`<section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">${t('exportTitle')}</h2>
      <p class="muted">${t('exportHint')}</p>
      <div class="actions">
        ${(['csv', 'json'] as const).map(
          (format) =>
            html`<button class="button button--secondary" type="button" aria-disabled=${this.exporting ? 'true' : nothing} @click=${() => void this.export(format)}>
              ${this.exporting === format ? t('exporting') : t(format === 'csv' ? 'exportCsv' : 'exportJson')}
            </button>`,
        )}
      </div>
      ${this.exportError ? notice('error', describeError(this.exportError, t)) : nothing}
      ${this.exported ? notice('success', t('exported', { filename: this.exported })) : nothing}
    </section>`;
  }
}

if (!customElements.get('console-contributions')) customElements.define('console-contributions', ConsoleContributions);

declare global {
  interface HTMLElementTagNameMap {
    'console-contributions': ConsoleContributions;
  }
}
