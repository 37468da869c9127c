import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { notice } from '@participe/core/atoms';
import type { ParticipantArrivals, StaffInitiative } from '@participe/core/schemas';
import { breadcrumbs } from '../components/breadcrumbs.js';
import { availabilityText, moderationText, periodText, statusBadge, typeLabel } from '../components/initiative-facts.js';
import { checkPage, pageCheckText, type PageCheck } from '../components/page-check.js';
import { describeError } from '../errors.js';
import { href, pathOf } from '../router.js';
import { routes } from '../routes.js';
import type { ConsoleTranslate } from '../strings.js';
import { ConsoleView } from '../view.js';

type StatusTarget = 'open' | 'closed';

/**
 * One initiative: its facts, status actions (open and close after confirmation, results
 * publication), links to its other views, the embed snippet to copy, and a check of whether a
 * given page may embed it.
 */
export class ConsoleInitiativeDetail extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    initiative: { state: true },
    loadError: { state: true },
    actionError: { state: true },
    outcome: { state: true },
    pendingStatus: { state: true },
    busy: { state: true },
    copyMessage: { state: true },
    pageCheck: { state: true },
    arrivals: { state: true },
  };

  private declare initiative: StaffInitiative | undefined;
  private declare loadError: unknown;
  private declare actionError: unknown;
  /** What the last action did, worded at render time so a language switch rewords it. */
  private declare outcome: ((t: ConsoleTranslate) => string) | undefined;
  /** The status change waiting for confirmation in the dialog. */
  private declare pendingStatus: StatusTarget | undefined;
  private declare busy: boolean;
  private declare copyMessage: ((t: ConsoleTranslate) => string) | undefined;
  /** The last "check a page" verdict, worded at render time. */
  private declare pageCheck: PageCheck | undefined;
  /** New participants against the usual, for roles that read contributions; a burst is shown as a warning. */
  private declare arrivals: ParticipantArrivals | undefined;

  constructor() {
    super();
    this.busy = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) void this.load();
  }

  private async load(): Promise<void> {
    const id = this.params['id']!;
    this.loadError = undefined;
    try {
      this.initiative = await this.context.api.initiative(id);
      // A warning only: the page stands without it.
      if (this.can('contributions:read')) this.arrivals = await this.context.api.arrivals(id).catch(() => undefined);
    } catch (error) {
      this.initiative = undefined;
      this.loadError = error;
    }
  }

  protected viewTitle(): string {
    return this.initiative ? this.localize(this.initiative.settings.title) : this.t('loading');
  }

  private askStatus(target: StatusTarget): void {
    this.pendingStatus = target;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  // `pendingStatus` is left as is on closing: `close` events arrive later, and the next `askStatus` sets it anyway.
  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private async confirmStatus(): Promise<void> {
    const target = this.pendingStatus;
    this.closeDialog();
    if (!target) return;
    this.pendingStatus = undefined;
    await this.act(
      () => this.context.api.changeStatus(this.params['id']!, target),
      (t) => t(target === 'open' ? 'nowOpen' : 'nowClosed'),
    );
  }

  private async publish(published: boolean): Promise<void> {
    await this.act(
      () => this.context.api.publishResults(this.params['id']!, published),
      (t) => t(published ? 'resultsNowPublished' : 'resultsNowWithdrawn'),
    );
  }

  private async act(change: () => Promise<StaffInitiative>, outcome: (t: ConsoleTranslate) => string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.actionError = undefined;
    this.outcome = undefined;
    try {
      this.initiative = await change();
      this.outcome = outcome;
      this.context.announce(outcome(this.t));
    } catch (error) {
      this.actionError = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.busy = false;
    }
  }

  private get snippet(): string {
    const initiative = this.initiative!;
    const tag = `participe-${initiative.settings.type}`;
    return `<script src="${new URL('widgets/embed.js', this.context.api.baseUrl).href}" async></script>\n<${tag} initiative="${initiative.settings.id}"></${tag}>`;
  }

  private async copySnippet(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copyMessage = (t) => t('copied');
    } catch {
      // No clipboard access (an insecure origin, a refused permission): select it for Ctrl+C.
      this.renderRoot.querySelector<HTMLTextAreaElement>('#embed-code')?.select();
      this.copyMessage = (t) => t('copyFailed');
    }
    this.context.announce(this.copyMessage(this.t));
  }

  private checkPage(event: SubmitEvent): void {
    event.preventDefault();
    const address = new FormData(event.target as HTMLFormElement).get('page');
    this.pageCheck = checkPage(String(address ?? ''), this.initiative!.settings.allowedOrigins ?? []);
    this.context.announce(pageCheckText(this.pageCheck, this.t));
  }

  override render() {
    const t = this.t;
    const initiative = this.initiative;
    const title = initiative ? this.localize(initiative.settings.title) : this.loadError ? t('notFoundTitle') : t('loading');
    return html`<div class="view">
      ${breadcrumbs(t('breadcrumb'), [{ label: t('initiativesTitle'), href: href('/initiatives') }, { label: title }])}
      <h1 tabindex="-1">${title}</h1>
      ${this.loadError
        ? notice('error', describeError(this.loadError, t), html`<p><a href=${href('/initiatives')}>${t('backToInitiatives')}</a></p>`)
        : initiative
          ? this.renderInitiative(initiative, t)
          : html`<p class="muted" role="status">${t('loading')}</p>`}
    </div>`;
  }

  private renderInitiative(initiative: StaffInitiative, t: ConsoleTranslate) {
    const { settings } = initiative;
    const origins = settings.allowedOrigins ?? [];
    const burst = this.arrivals?.burst ? this.arrivals : undefined;
    return html`${this.outcome ? notice('success', this.outcome(t)) : nothing}
      ${this.actionError ? notice('error', describeError(this.actionError, t)) : nothing}
      ${burst
        ? notice(
            'warning',
            t('burstTitle', { count: this.formatNumber(burst.recentParticipants), minutes: String(burst.windowMinutes), usual: this.formatNumber(burst.usualParticipants) }),
            html`<p>${t('burstText')}</p>
              <p><a href=${href(`/initiatives/${encodeURIComponent(initiative.settings.id)}/contributions`)}>${t('contributionsTitle')}</a></p>`,
          )
        : nothing}
      <section class="panel" aria-labelledby="summary-title">
        <h2 id="summary-title">${t('detailSummary')}</h2>
        ${settings.description ? html`<p>${this.localize(settings.description)}</p>` : nothing}
        <dl class="facts">
          <dt>${t('labelId')}</dt>
          <dd><code>${settings.id}</code></dd>
          <dt>${t('labelType')}</dt>
          <dd>${typeLabel(settings.type, this.language)}</dd>
          <dt>${t('labelStatus')}</dt>
          <dd>${statusBadge(initiative.status, t)}</dd>
          <dt>${t('labelAvailability')}</dt>
          <dd>${availabilityText(initiative, t)}</dd>
          <dt>${t('labelPeriod')}</dt>
          <dd>${periodText(initiative, this.language, t)}</dd>
          <dt>${t('labelModeration')}</dt>
          <dd>${moderationText(initiative, t)}</dd>
          <dt>${t('labelAllowedOrigins')}</dt>
          <dd>${origins.length ? origins.map((origin, index) => html`${index ? html`<br />` : nothing}<code>${origin}</code>`) : t('noneSet')}</dd>
          <dt>${t('labelRetention')}</dt>
          <dd>${t('retentionDays', settings.retentionDays, this.formatNumber(settings.retentionDays))}</dd>
          <dt>${t('labelResults')}</dt>
          <dd>${t(initiative.resultsPublished ? 'resultsPublished' : 'resultsNotPublished')}</dd>
          <dt>${t('labelContributions')}</dt>
          <dd>${t('contributionCount', initiative.contributionCount, this.formatNumber(initiative.contributionCount))}</dd>
          <dt>${t('labelUpdatedAt')}</dt>
          <dd>${this.formatDateTime(initiative.updatedAt)}</dd>
        </dl>
      </section>
      ${this.renderManage(initiative, t)} ${this.renderStatusActions(initiative, t)} ${this.renderEmbed(t)} ${this.renderDialog(t)}`;
  }

  /** The initiative's other views, as the route table lists them for this type and role. */
  private renderManage(initiative: StaffInitiative, t: ConsoleTranslate) {
    const links = routes.filter(
      ({ initiativeLink: link }) =>
        link && (!link.permission || this.can(link.permission)) && (!link.types || link.types.includes(initiative.settings.type)),
    );
    if (!links.length) return nothing;
    return html`<section class="panel" aria-labelledby="manage-title">
      <h2 id="manage-title">${t('detailManage')}</h2>
      <ul>
        ${links.map((route) => html`<li><a href=${href(pathOf(route, { id: initiative.settings.id }))}>${route.initiativeLink!.label(t, this.language)}</a></li>`)}
      </ul>
    </section>`;
  }

  private renderStatusActions(initiative: StaffInitiative, t: ConsoleTranslate) {
    const id = encodeURIComponent(initiative.settings.id);
    return html`<section class="panel" aria-labelledby="status-title">
      <h2 id="status-title">${t('detailStatusActions')}</h2>
      ${this.can('initiatives:write')
        ? html`<div class="actions">
            ${initiative.status === 'open'
              ? html`<button class="button" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => this.askStatus('closed')}>${t('closeInitiative')}</button>`
              : html`<button class="button" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => this.askStatus('open')}>${t('openInitiative')}</button>`}
            <button class="button button--secondary" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => void this.publish(!initiative.resultsPublished)}>
              ${t(initiative.resultsPublished ? 'withdrawResults' : 'publishResults')}
            </button>
            <a class="button button--secondary" href=${href(`/initiatives/${id}/settings`)}>${t('editSettings')}</a>
          </div>`
        : html`<p class="muted">${t('readOnlyRole')}</p>`}
    </section>`;
  }

  private renderEmbed(t: ConsoleTranslate) {
    return html`<section class="panel" aria-labelledby="embed-title">
      <h2 id="embed-title">${t('embedTitle')}</h2>
      <div class="field">
        <label class="field__label" for="embed-code">${t('embedLabel')}</label>
        <p class="field__hint" id="embed-hint">${t('embedHint')}</p>
        <textarea class="input mono snippet" id="embed-code" readonly rows="3" aria-describedby="embed-hint" .value=${this.snippet}></textarea>
      </div>
      <div class="actions">
        <button class="button button--secondary" type="button" @click=${this.copySnippet}>${t('copyCode')}</button>
        ${this.copyMessage ? html`<p class="muted">${this.copyMessage(t)}</p>` : nothing}
      </div>
      <form class="page-check" @submit=${this.checkPage} novalidate>
        <div class="field">
          <label class="field__label" for="page-check">${t('checkPageLabel')}</label>
          <p class="field__hint" id="page-check-hint">${t('checkPageHint')}</p>
          <input class="input mono" id="page-check" name="page" type="url" autocomplete="url" aria-describedby="page-check-hint" />
        </div>
        <div class="actions"><button class="button button--secondary" type="submit">${t('checkPage')}</button></div>
        ${this.pageCheck ? notice(this.pageCheck.verdict === 'allowed' ? 'success' : this.pageCheck.verdict === 'refused' ? 'warning' : 'error', pageCheckText(this.pageCheck, t)) : nothing}
      </form>
    </section>`;
  }

  private renderDialog(t: ConsoleTranslate) {
    const opening = this.pendingStatus === 'open';
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-text">
      <div class="stack">
        <h2 id="confirm-title">${t(opening ? 'confirmOpenTitle' : 'confirmCloseTitle')}</h2>
        <p id="confirm-text">${t(opening ? 'confirmOpenText' : 'confirmCloseText')}</p>
        <div class="actions">
          <button class="button" type="button" @click=${this.confirmStatus}>${t('confirm')}</button>
          <button class="button button--secondary" type="button" @click=${this.closeDialog}>${t('cancel')}</button>
        </div>
      </div>
    </dialog>`;
  }
}

if (!customElements.get('console-initiative-detail')) customElements.define('console-initiative-detail', ConsoleInitiativeDetail);

declare global {
  interface HTMLElementTagNameMap {
    'console-initiative-detail': ConsoleInitiativeDetail;
  }
}
