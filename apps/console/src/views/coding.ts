import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { field, notice } from '@participe/core/atoms';
import type { ContributionQuery, StaffContribution, StaffInitiative, Theme, ThemeOverview } from '@participe/core/schemas';
import { analysisApi } from '../analysis-api.js';
import { analysisTranslator } from '../analysis-strings.js';
import { themeName, themeStyles } from '../components/theme-list.js';
import '../components/theme-list.js';
import { describeError } from '../errors.js';
import type { ConsoleTranslate } from '../strings.js';
import { staffFacetOf } from '../type-registry.js';
import { InitiativeView } from './initiative-view.js';

const PAGE_SIZE = '50';

/** The value at a free-text answer's payload path (`answers.q3`), as text; undefined when blank. */
function answerAt(payload: unknown, path: string): string | undefined {
  let value: unknown = payload;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Qualitative coding of one initiative: its themes (with counts), then its contributions — all,
 * the uncoded ones, or those of one theme — each with a checkbox per theme. Keys 1–9 toggle a theme
 * on the focused contribution and J/K move between them; a selection is coded in bulk. A survey's
 * free-text answers are coded one question at a time ("What is coded").
 */
export class ConsoleCoding extends InitiativeView {
  static override styles = [...(InitiativeView.styles as []), themeStyles, css`
    .coding-list {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .coding-item {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid #6b778c;
      border-radius: 0.25rem;
    }
    .coding-item:focus {
      outline: 3px solid var(--_participe-focus, #1f6feb);
      outline-offset: 2px;
    }
    .coding-item fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .coding-item legend {
      font-weight: 600;
      padding: 0;
    }
    .answer {
      white-space: pre-wrap;
      margin: 0;
    }
  `];

  static override properties: PropertyDeclarations = {
    ...InitiativeView.properties,
    overview: { state: true },
    field: { state: true },
    show: { state: true },
    q: { state: true },
    items: { state: true },
    nextCursor: { state: true },
    selected: { state: true },
    bulkTheme: { state: true },
    bulkError: { state: true },
    listError: { state: true },
    loading: { state: true },
  };

  private declare overview: ThemeOverview | undefined;
  /** What is coded: `''` the whole contribution, or a free-text answer's path. */
  private declare field: string;
  /** `all`, `uncoded`, or a theme id. */
  private declare show: string;
  private declare q: string;
  private declare items: StaffContribution[] | undefined;
  private declare nextCursor: string | null;
  private declare selected: ReadonlySet<string>;
  private declare bulkTheme: string;
  private declare bulkError: unknown;
  private declare listError: unknown;
  private declare loading: boolean;
  private listToken = 0;

  constructor() {
    super();
    this.field = '';
    this.show = 'all';
    this.q = '';
    this.nextCursor = null;
    this.selected = new Set();
    this.bulkTheme = '';
    this.loading = false;
  }

  private get a() {
    return analysisTranslator(this.language);
  }

  private get api() {
    return analysisApi(this.context.api);
  }

  protected viewName(_t: ConsoleTranslate): string {
    return this.a('codingTitle');
  }

  protected override initiativeLoaded(): void {
    if (!this.can('contributions:code')) return;
    void this.loadOverview();
    void this.list();
  }

  private async loadOverview(): Promise<void> {
    try {
      this.overview = await this.api.themes(this.initiativeId);
      if (this.show !== 'all' && this.show !== 'uncoded' && !this.overview.themes.some((theme) => theme.id === this.show)) this.show = 'all';
    } catch (error) {
      this.listError = error;
    }
  }

  private query(): ContributionQuery {
    return {
      ...(this.field && { field: this.field }),
      ...(this.show === 'uncoded' && { uncoded: 'true' as const }),
      ...(this.show !== 'all' && this.show !== 'uncoded' && { theme: this.show }),
      ...(this.q.trim() && { q: this.q.trim() }),
    };
  }

  private async list(after?: string, announce = true): Promise<void> {
    const token = ++this.listToken;
    this.loading = true;
    this.listError = undefined;
    try {
      const page = await this.context.api.contributions(this.initiativeId, { ...this.query(), limit: PAGE_SIZE, ...(after && { cursor: after }) });
      if (token !== this.listToken) return;
      this.items = after ? [...(this.items ?? []), ...page.items] : page.items;
      if (!after) this.selected = new Set();
      this.nextCursor = page.nextCursor;
      if (announce) this.context.announce(this.a('shown', this.items.length, this.formatNumber(this.items.length)));
      const first = after && page.items[0];
      if (first) await this.focusById(`item-${first.id}`);
    } catch (error) {
      if (token === this.listToken) this.listError = error;
    } finally {
      if (token === this.listToken) this.loading = false;
    }
  }

  /** The themes on this contribution's coded field (those deleted since it was loaded left out). */
  private themesOn(contribution: StaffContribution): string[] {
    const known = new Set(this.overview?.themes.map((theme) => theme.id));
    return (contribution.themes ?? []).filter((assigned) => assigned.field === this.field && known.has(assigned.theme)).map((assigned) => assigned.theme);
  }

  /** Adds or removes one theme on one contribution, then refreshes the counts. */
  private async toggle(contribution: StaffContribution, theme: Theme): Promise<void> {
    const current = this.themesOn(contribution);
    const adding = !current.includes(theme.id);
    const themes = adding ? [...current, theme.id] : current.filter((id) => id !== theme.id);
    try {
      const updated = await this.api.code(this.initiativeId, contribution.id, { field: this.field, themes });
      this.items = this.items?.map((item) => (item.id === updated.id ? updated : item));
      this.context.announce(this.a(adding ? 'coded' : 'uncodedOne', { name: theme.name[this.language] }));
      void this.loadOverview();
    } catch (error) {
      this.context.announce(describeError(error, this.t));
      this.listError = error;
    }
  }

  private onItemKey(event: KeyboardEvent, contribution: StaffContribution, index: number): void {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.items ?? [];
    if (/^[1-9]$/.test(event.key)) {
      event.preventDefault();
      const theme = this.overview?.themes[Number(event.key) - 1];
      if (theme) void this.toggle(contribution, theme);
      else this.context.announce(this.a('noThemeToToggle', { number: event.key }));
      return;
    }
    const step = event.key === 'j' || event.key === 'J' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'K' || event.key === 'ArrowUp' ? -1 : 0;
    const next = items[index + step];
    if (step && next) {
      event.preventDefault();
      void this.focusById(`item-${next.id}`);
    }
  }

  private toggleSelected(id: string, checked: boolean): void {
    const selected = new Set(this.selected);
    if (checked) selected.add(id);
    else selected.delete(id);
    this.selected = selected;
  }

  private async codeSelection(adding: boolean): Promise<void> {
    this.bulkError = undefined;
    const theme = this.overview?.themes.find((candidate) => candidate.id === this.bulkTheme) ?? this.overview?.themes[0];
    if (!theme) return;
    if (this.selected.size === 0) {
      this.bulkError = this.a('bulkNothingSelected');
      return;
    }
    try {
      const { contributions } = await this.api.codeMany(this.initiativeId, { field: this.field, contributions: [...this.selected], ...(adding ? { add: [theme.id] } : { remove: [theme.id] }) });
      await Promise.all([this.loadOverview(), this.list(undefined, false)]);
      this.context.announce(this.a(adding ? 'bulkAdded' : 'bulkRemoved', contributions, this.formatNumber(contributions), theme.name[this.language]));
    } catch (error) {
      this.bulkError = error;
    }
  }

  protected renderContent(initiative: StaffInitiative, t: ConsoleTranslate) {
    const a = this.a;
    if (!this.can('contributions:code')) return notice('info', a('cannotCode'));
    if (!this.overview) return this.listError ? notice('error', describeError(this.listError, t)) : html`<p class="muted" role="status">${t('loading')}</p>`;
    const overview = this.overview;
    return html`<console-theme-list
        .context=${this.context}
        .initiativeId=${this.initiativeId}
        .overview=${overview}
        .field=${this.field}
        @themes-changed=${() => void this.loadOverview()}
      ></console-theme-list>
      ${this.renderFilters(overview, t)} ${this.renderList(initiative, overview, t)}`;
  }

  private renderFilters(overview: ThemeOverview, t: ConsoleTranslate) {
    const a = this.a;
    const uncoded = overview.uncoded[this.field] ?? 0;
    const total = overview.total[this.field] ?? 0;
    return html`<section class="panel" aria-labelledby="coding-filters-title">
      <h2 id="coding-filters-title">${a('listTitle')}</h2>
      <p>${a('progress', uncoded, total, this.formatNumber(uncoded), this.formatNumber(total))}</p>
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.list();
        }}
      >
        <div class="filters">
          ${overview.fields.length
            ? field({ id: 'coding-field', label: a('codedOn'), errorPrefix: t('errorPrefix') }, ({ id }) =>
                html`<select class="input" id=${id} @change=${(event: Event) => (this.field = (event.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${this.field === ''}>${a('wholeContribution')}</option>
                  ${overview.fields.map((text) => html`<option value=${text.id} ?selected=${this.field === text.id}>${text.label[this.language]}</option>`)}
                </select>`,
              )
            : nothing}
          ${field({ id: 'coding-show', label: a('show'), errorPrefix: t('errorPrefix') }, ({ id }) =>
            html`<select class="input" id=${id} @change=${(event: Event) => (this.show = (event.target as HTMLSelectElement).value)}>
              <option value="all" ?selected=${this.show === 'all'}>${a('showAll')}</option>
              <option value="uncoded" ?selected=${this.show === 'uncoded'}>${a('showUncoded')}</option>
              ${overview.themes.map(
                (theme) => html`<option value=${theme.id} ?selected=${this.show === theme.id}>${a('showTheme', { name: theme.name[this.language], count: this.formatNumber(theme.counts[this.field] ?? 0) })}</option>`,
              )}
            </select>`,
          )}
          ${field({ id: 'coding-q', label: a('search'), errorPrefix: t('errorPrefix') }, ({ id }) =>
            html`<input class="input" id=${id} type="search" maxlength="200" .value=${this.q} @input=${(event: Event) => (this.q = (event.target as HTMLInputElement).value)} />`,
          )}
        </div>
        <div class="actions"><button class="button" type="submit">${a('apply')}</button></div>
      </form>
      <p class="muted" id="keyboard-help">${a('keyboardHelp')}</p>
    </section>`;
  }

  private renderList(initiative: StaffInitiative, overview: ThemeOverview, t: ConsoleTranslate) {
    const a = this.a;
    if (!this.items) return this.listError ? notice('error', describeError(this.listError, t)) : html`<p class="muted" role="status">${t('loading')}</p>`;
    const items = this.items;
    const allSelected = items.length > 0 && items.every((item) => this.selected.has(item.id));
    return html`<div class="stack">
      <p class="muted">${a('shown', items.length, this.formatNumber(items.length))}</p>
      ${items.length === 0
        ? notice('info', a('none'))
        : html`${overview.themes.length ? this.renderBulk(overview, allSelected) : nothing}
            <ul class="coding-list" aria-describedby="keyboard-help">
              ${items.map((contribution, index) => html`<li>${this.renderItem(initiative, overview, contribution, index)}</li>`)}
            </ul>`}
      ${this.listError ? notice('error', describeError(this.listError, t)) : nothing}
      ${this.nextCursor
        ? html`<div class="actions">
            <button class="button button--secondary" type="button" aria-disabled=${this.loading ? 'true' : nothing} @click=${() => !this.loading && void this.list(this.nextCursor!)}>
              ${this.loading ? t('loading') : a('loadMore')}
            </button>
          </div>`
        : nothing}
    </div>`;
  }

  private renderBulk(overview: ThemeOverview, allSelected: boolean) {
    const a = this.a;
    const t = this.t;
    const bulkError = this.bulkError === undefined ? undefined : typeof this.bulkError === 'string' ? this.bulkError : describeError(this.bulkError, t);
    return html`<section class="panel" aria-labelledby="bulk-title">
      <h2 id="bulk-title">${a('bulkTitle')}</h2>
      <label class="option">
        <input type="checkbox" .checked=${allSelected} @change=${(event: Event) => (this.selected = (event.target as HTMLInputElement).checked ? new Set(this.items!.map((item) => item.id)) : new Set())} />
        ${a('selectAll')}
      </label>
      <p role="status">${a('selectedCount', this.selected.size, this.formatNumber(this.selected.size))}</p>
      <div class="filters">
        ${field({ id: 'bulk-theme', label: a('bulkTheme'), error: bulkError, errorPrefix: t('errorPrefix') }, ({ id, describedBy }) =>
          html`<select class="input" id=${id} aria-describedby=${describedBy || nothing} @change=${(event: Event) => (this.bulkTheme = (event.target as HTMLSelectElement).value)}>
            ${overview.themes.map((theme) => html`<option value=${theme.id} ?selected=${this.bulkTheme === theme.id}>${theme.name[this.language]}</option>`)}
          </select>`,
        )}
      </div>
      <div class="actions">
        <button class="button" type="button" @click=${() => void this.codeSelection(true)}>${a('bulkAdd')}</button>
        <button class="button button--secondary" type="button" @click=${() => void this.codeSelection(false)}>${a('bulkRemove')}</button>
      </div>
    </section>`;
  }

  private renderItem(initiative: StaffInitiative, overview: ThemeOverview, contribution: StaffContribution, index: number) {
    const a = this.a;
    const support = staffFacetOf(initiative.settings.type);
    const on = this.themesOn(contribution);
    const date = this.formatDate(contribution.receivedAt, { dateStyle: 'medium', timeStyle: 'short' });
    const answer = this.field ? answerAt(contribution.payload, this.field) : undefined;
    return html`<article class="coding-item" id="item-${contribution.id}" tabindex="0" aria-labelledby="title-${contribution.id}" @keydown=${(event: KeyboardEvent) => this.onItemKey(event, contribution, index)}>
      <h3 id="title-${contribution.id}">${a('contributionOf', { date })}</h3>
      <label class="option"><input type="checkbox" .checked=${this.selected.has(contribution.id)} @change=${(event: Event) => this.toggleSelected(contribution.id, (event.target as HTMLInputElement).checked)} /> ${a('select')}</label>
      ${this.field
        ? answer
          ? html`<p class="answer" lang=${contribution.language}>${answer}</p>`
          : html`<p class="muted">${a('noAnswer')}</p>`
        : support
          ? support.renderPayload(contribution.payload, initiative.settings.definition, this.language, contribution.language)
          : html`<code>${JSON.stringify(contribution.payload)}</code>`}
      ${overview.themes.length
        ? html`<fieldset>
            <legend>${a('themesOf')}</legend>
            ${overview.themes.map(
              (theme, number) => html`<label class="option">
                <input type="checkbox" .checked=${on.includes(theme.id)} @change=${() => void this.toggle(contribution, theme)} />
                ${number < 9 ? `${number + 1}. ` : ''}${themeName(theme, this.language)}
              </label>`,
            )}
          </fieldset>`
        : nothing}
    </article>`;
  }
}

if (!customElements.get('console-coding')) customElements.define('console-coding', ConsoleCoding);

declare global {
  interface HTMLElementTagNameMap {
    'console-coding': ConsoleCoding;
  }
}
