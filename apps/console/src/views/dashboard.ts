import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { field, notice } from '@participe/core/atoms';
import { barChart, chartStyles } from '@participe/core/chart';
import type { Dashboard, InitiativeFigures } from '@participe/core/schemas';
import { analysisTranslator } from '../analysis-strings.js';
import { breadcrumbs } from '../components/breadcrumbs.js';
import { channelKeys, languageKeys } from '../components/contribution-words.js';
import { statusBadge, typeLabel } from '../components/initiative-facts.js';
import { fetchDashboard } from '../dashboard-api.js';
import { describeError } from '../errors.js';
import { href } from '../router.js';
import { ConsoleView } from '../view.js';

const periods = [30, 90, 365] as const;
const DAY_MS = 86_400_000;

/**
 * The organisation's dashboard: for every initiative, contributions per day (a chart drawn lazily
 * and the same figures as a table), by channel and language, what waits for a moderator or for an
 * official answer and since when. Every figure is counted by the collector in SQL.
 */
export class ConsoleDashboard extends ConsoleView {
  static override styles = [
    ConsoleView.styles,
    chartStyles,
    css`
      .figures {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      }
      .figures table {
        inline-size: 100%;
      }
      .total {
        font-size: 1.25rem;
        font-weight: 700;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    days: { state: true },
    dashboard: { state: true },
    error: { state: true },
  };

  private declare days: number;
  private declare dashboard: Dashboard | undefined;
  private declare error: unknown;
  private loadToken = 0;

  constructor() {
    super();
    this.days = 30;
  }

  private get a() {
    return analysisTranslator(this.language);
  }

  protected viewTitle(): string {
    return this.a('dashboardTitle');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.error = undefined;
    try {
      const dashboard = await fetchDashboard(this.context.api, this.days);
      if (token === this.loadToken) this.dashboard = dashboard;
    } catch (error) {
      if (token === this.loadToken) this.error = error;
    }
  }

  /** How long since `since`, in whole days, as words. */
  private age(since: string): string {
    const generated = this.dashboard ? Date.parse(this.dashboard.generatedAt) : Date.now();
    const days = Math.floor((generated - Date.parse(since)) / DAY_MS);
    return this.a('age', days, this.formatNumber(days));
  }

  override render() {
    const t = this.t;
    const a = this.a;
    return html`<div class="view">
      ${breadcrumbs(t('breadcrumb'), [{ label: a('dashboardTitle') }])}
      <h1 tabindex="-1">${a('dashboardTitle')}</h1>
      <p class="muted">${a('dashboardIntro')}</p>
      <div class="filters">
        ${field({ id: 'dashboard-days', label: a('dashboardPeriod'), errorPrefix: t('errorPrefix') }, ({ id }) =>
          html`<select
            class="input"
            id=${id}
            @change=${(event: Event) => {
              this.days = Number((event.target as HTMLSelectElement).value);
              void this.load();
            }}
          >
            ${periods.map((days) => html`<option value=${days} ?selected=${this.days === days}>${a('dashboardDays', days)}</option>`)}
          </select>`,
        )}
      </div>
      ${this.error
        ? notice('error', describeError(this.error, t), html`<button class="button button--secondary" type="button" @click=${() => void this.load()}>${t('retry')}</button>`)
        : this.dashboard
          ? this.renderDashboard(this.dashboard)
          : html`<p class="muted" role="status">${t('loading')}</p>`}
    </div>`;
  }

  private renderDashboard(dashboard: Dashboard) {
    const a = this.a;
    if (!dashboard.initiatives.length) return notice('info', a('noInitiatives'));
    return html`<p class="muted">${a('dashboardUpdated', { date: this.formatDateTime(dashboard.generatedAt) })}</p>
      ${dashboard.initiatives.map((initiative) => this.renderInitiative(initiative))}`;
  }

  private renderInitiative(item: InitiativeFigures) {
    const t = this.t;
    const a = this.a;
    const title = this.localize(item.title);
    const headingId = `initiative-${item.id}`;
    const days = item.perDay.map((entry) => this.formatDate(`${entry.day}T12:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' }));
    return html`<section class="panel" aria-labelledby=${headingId}>
      <h2 id=${headingId}><a href=${href(`/initiatives/${encodeURIComponent(item.id)}`)} aria-label=${a('openInitiative', { title })}>${title}</a></h2>
      <p>${statusBadge(item.status, t)} <span class="muted">${typeLabel(item.type, this.language)}</span></p>
      <p class="total">${a('totalContributions', item.total, this.formatNumber(item.total))}</p>
      <figure class="chart">
        <figcaption class="chart__title">${a('perDayTitle')}</figcaption>
        <div class="chart__canvas" aria-hidden="true"><canvas ${barChart(days, item.perDay.map((entry) => entry.count), this.language, undefined, true)}></canvas></div>
        <details>
          <summary>${a('perDayTable')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">${a('dayColumn')}</th>
                <th scope="col">${a('contributionsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              ${item.perDay.map(
                (entry) => html`<tr>
                  <th scope="row">${this.formatDate(`${entry.day}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}</th>
                  <td>${this.formatNumber(entry.count)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </details>
      </figure>
      <div class="figures">
        ${this.breakdown(a('byChannelTitle'), a('channelColumn'), Object.entries(item.byChannel).map(([channel, count]) => [t(channelKeys[channel as keyof typeof channelKeys] ?? 'channelWeb'), count]))}
        ${this.breakdown(a('byLanguageTitle'), a('languageColumn'), Object.entries(item.byLanguage).map(([language, count]) => [t(languageKeys[language as keyof typeof languageKeys] ?? 'languageFr'), count]))}
        <div>
          <h3>${a('moderationTitle')}</h3>
          ${item.moderation.waiting
            ? html`<p>
                ${a('moderationWaiting', item.moderation.waiting, this.formatNumber(item.moderation.waiting))}${item.moderation.hidden ? `, ${a('moderationHidden', item.moderation.hidden, this.formatNumber(item.moderation.hidden))}` : ''}${item.moderation.oldestSince
                  ? `${a('separator')}${a('oldestSince', { date: this.formatDate(item.moderation.oldestSince, { dateStyle: 'medium' }), age: this.age(item.moderation.oldestSince) })}`
                  : ''}.
              </p>`
            : html`<p>${a('nothingWaiting')}</p>`}
        </div>
        ${item.answers
          ? html`<div>
              <h3>${a('answersTitle')}</h3>
              ${item.answers.awaiting
                ? html`<p>
                    ${a('answersAwaiting', item.answers.awaiting, this.formatNumber(item.answers.awaiting))}${item.answers.oldestSince
                      ? `${a('separator')}${a('oldestSince', { date: this.formatDate(item.answers.oldestSince, { dateStyle: 'medium' }), age: this.age(item.answers.oldestSince) })}`
                      : ''}.
                  </p>`
                : html`<p>${a('nothingWaiting')}</p>`}
            </div>`
          : nothing}
      </div>
    </section>`;
  }

  private breakdown(title: string, column: string, rows: Array<[string, number]>) {
    const a = this.a;
    return html`<div>
      <h3>${title}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${column}</th>
            <th scope="col">${a('contributionsColumn')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.length
            ? rows.map(
                ([label, count]) => html`<tr>
                  <th scope="row">${label}</th>
                  <td>${this.formatNumber(count)}</td>
                </tr>`,
              )
            : html`<tr>
                <td colspan="2">${a('noContributions')}</td>
              </tr>`}
        </tbody>
      </table>
    </div>`;
  }
}

if (!customElements.get('console-dashboard')) customElements.define('console-dashboard', ConsoleDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'console-dashboard': ConsoleDashboard;
  }
}
