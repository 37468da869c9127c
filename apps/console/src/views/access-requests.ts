import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import { CollectorError } from '@participe/core/client';
import { AccessRequestSearch, validate, type AccessRequestResult } from '@participe/core/schemas';
import { accessRequestTables, type FoundContributions } from '../components/access-request-tables.js';
import { errorSummary } from '../components/error-summary.js';
import { describeError } from '../errors.js';
import type { ConsoleTranslate } from '../strings.js';
import { ConsoleView } from '../view.js';

type EmailProblem = 'accessEmailRequired' | 'accessEmailInvalid';

/** What the confirmation asks about: the contributions listed, or all of them (`ids` absent). */
interface PendingDeletion {
  ids: string[] | undefined;
  count: number;
}

/**
 * Access requests (admins, `privacy:respond`): a person asks the organisation what it holds about
 * them, or to delete it, giving their email address. The view finds the contributions holding it
 * in a personal email field, across the organisation's initiatives, and deletes all of them or a
 * selection after a confirmation. The address travels in request bodies only (never in the URL).
 */
export class ConsoleAccessRequests extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    email: { state: true },
    emailProblem: { state: true },
    searching: { state: true },
    searchError: { state: true },
    found: { state: true },
    selected: { state: true },
    pending: { state: true },
    deleting: { state: true },
    deleteError: { state: true },
    deleted: { state: true },
  };

  private declare email: string;
  /** A message key, not text: a language switch rewords it. */
  private declare emailProblem: EmailProblem | undefined;
  private declare searching: boolean;
  private declare searchError: unknown;
  private declare found: FoundContributions | undefined;
  private declare selected: ReadonlySet<string>;
  private declare pending: PendingDeletion | undefined;
  private declare deleting: boolean;
  private declare deleteError: unknown;
  /** How many the collector deleted, for the confirmation message. */
  private declare deleted: number | undefined;
  /** Errors show once a search was tried, then follow the typing. */
  private attempted = false;
  /** The button that opened the confirmation, where focus returns when it is cancelled. */
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.email = '';
    this.searching = false;
    this.selected = new Set();
    this.deleting = false;
  }

  protected viewTitle(): string {
    return this.t('accessTitle');
  }

  /** Checked with the collector's own schema, so that what passes here is not refused there. */
  private check(): EmailProblem | undefined {
    if (!this.email.trim()) return 'accessEmailRequired';
    return validate(AccessRequestSearch, { email: this.email }).ok ? undefined : 'accessEmailInvalid';
  }

  private onInput(event: Event): void {
    this.email = (event.target as HTMLInputElement).value;
    if (this.attempted) this.emailProblem = this.check();
  }

  private async search(event: Event): Promise<void> {
    event.preventDefault();
    if (this.searching) return;
    this.attempted = true;
    this.emailProblem = this.check();
    if (this.emailProblem) return this.focusById('error-summary');
    const email = this.email.trim();
    this.searching = true;
    this.searchError = undefined;
    this.deleteError = undefined;
    this.deleted = undefined;
    try {
      const result = await this.context.api.searchAccessRequest(email);
      this.found = { email, items: result.items, initiatives: result.initiatives, definitions: await this.definitionsOf(result.initiatives) };
      this.selected = new Set();
      this.context.announce(this.foundText(this.found));
    } catch (error) {
      this.found = undefined;
      if (error instanceof CollectorError && error.issues.some((issue) => issue.path === 'email')) {
        this.emailProblem = 'accessEmailInvalid';
        return this.focusById('error-summary');
      }
      this.searchError = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.searching = false;
    }
  }

  /**
   * The search names each initiative; its type renders payloads from the definition (a survey's
   * questions), read here. One that cannot be read leaves its payloads shown as raw data.
   */
  private async definitionsOf(initiatives: AccessRequestResult['initiatives']): Promise<Map<string, unknown>> {
    const read = await Promise.allSettled(initiatives.map((initiative) => this.context.api.initiative(initiative.id)));
    return new Map(read.flatMap((outcome) => (outcome.status === 'fulfilled' ? [[outcome.value.settings.id, outcome.value.settings.definition] as const] : [])));
  }

  private foundText(found: FoundContributions): string {
    const t = this.t;
    const count = found.items.length;
    if (!count) return t(this.deleted === undefined ? 'accessNone' : 'accessNoneLeft');
    const initiatives = found.initiatives.length;
    return t('accessFoundIn', {
      found: t('accessFound', count, this.formatNumber(count)),
      initiatives: t('initiativesCount', initiatives, this.formatNumber(initiatives)),
    });
  }

  private toggle(id: string, checked: boolean): void {
    const next = new Set(this.selected);
    if (checked) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private ask(ids: string[] | undefined, event: Event): void {
    const count = ids?.length ?? this.found?.items.length ?? 0;
    if (!count || this.deleting) return;
    this.opener = event.currentTarget as HTMLElement;
    this.pending = { ids, count };
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private async confirmDeletion(): Promise<void> {
    const { pending, found } = this;
    // Focus goes to the outcome, not back to the button that asked.
    this.opener = null;
    this.closeDialog();
    if (!pending || !found || this.deleting) return;
    this.deleting = true;
    this.deleteError = undefined;
    this.deleted = undefined;
    try {
      const deleted = await this.context.api.deleteForAccessRequest(found.email, pending.ids);
      // What remains is what was not asked for; the count said is the collector's.
      const gone = new Set(pending.ids ?? found.items.map((item) => item.id));
      const items = found.items.filter((item) => !gone.has(item.id));
      this.found = { ...found, items, initiatives: found.initiatives.filter((initiative) => items.some((item) => item.initiative === initiative.id)) };
      this.selected = new Set();
      this.deleted = deleted;
      this.context.announce(this.t('accessDeleted', deleted, this.formatNumber(deleted)));
      await this.focusById('deletion-done');
    } catch (error) {
      this.deleteError = error;
      this.context.announce(describeError(error, this.t));
      await this.focusById('deletion-error');
    } finally {
      this.deleting = false;
      this.pending = undefined;
    }
  }

  override render() {
    const t = this.t;
    const entries = this.emailProblem ? [{ controlId: 'access-email', label: t('accessEmail'), message: { text: t(this.emailProblem), lang: this.language } }] : [];
    return html`<div class="view">
      <h1 tabindex="-1">${t('accessTitle')}</h1>
      <div class="stack">
        <p>${t('accessIntro')}</p>
        <p>${t('accessHowTo')}</p>
      </div>
      ${errorSummary(t('summaryTitle', entries.length), entries, (id) => void this.focusById(id), this.language)}
      <form class="panel narrow" role="search" aria-label=${t('accessTitle')} novalidate @submit=${this.search}>
        ${field({ id: 'access-email', label: t('accessEmail'), error: this.emailProblem && t(this.emailProblem), errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
          html`<input class="input" id=${id} type="email" autocomplete="off" spellcheck="false" maxlength="254" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.email} @input=${this.onInput} />`,
        )}
        <div class="actions">${button({ label: this.searching ? t('accessSearching') : t('accessSearch'), type: 'submit', disabled: this.searching })}</div>
      </form>
      ${this.searchError ? notice('error', describeError(this.searchError, t)) : nothing} ${this.found ? this.renderFound(this.found, t) : nothing} ${this.renderDialog(t)}
    </div>`;
  }

  private renderFound(found: FoundContributions, t: ConsoleTranslate) {
    const count = found.items.length;
    const selected = this.selected.size;
    return html`<section class="stack" aria-labelledby="result-title">
      <h2 id="result-title">${t('accessResultTitle', { email: found.email })}</h2>
      ${this.deleted !== undefined ? html`<div id="deletion-done" tabindex="-1">${notice('success', t('accessDeleted', this.deleted, this.formatNumber(this.deleted)))}</div>` : nothing}
      ${this.deleteError ? html`<div id="deletion-error" tabindex="-1">${notice('error', describeError(this.deleteError, t))}</div>` : nothing}
      ${count
        ? html`<p>${this.foundText(found)}</p>
            ${accessRequestTables(found, this.selected, (id, checked) => this.toggle(id, checked), this.language, t)}
            <p id="selection-count" class="muted">${t('accessSelected', selected, this.formatNumber(selected))}</p>
            <div class="actions">
              ${button({ label: t('accessDeleteSelected'), variant: 'secondary', disabled: !selected || this.deleting, describedBy: 'selection-count', onClick: (event) => this.ask([...this.selected], event) })}
              ${button({ label: this.deleting ? t('accessDeleting') : t('accessDeleteAll', count, this.formatNumber(count)), disabled: this.deleting, onClick: (event) => this.ask(undefined, event) })}
            </div>`
        : notice('info', this.foundText(found))}
    </section>`;
  }

  /** Names how many will go and that it cannot be undone; Cancel has focus first, as deleting is for good. */
  private renderDialog(t: ConsoleTranslate) {
    const count = this.pending?.count ?? 0;
    return html`<dialog aria-labelledby="delete-title" aria-describedby="delete-text" @close=${() => this.opener?.isConnected && this.opener.focus()}>
      <div class="stack">
        <h2 id="delete-title">${t('accessDeleteTitle', count, this.formatNumber(count))}</h2>
        <p id="delete-text">${t('accessDeleteText', count)}</p>
        <div class="actions">
          <button class="button" type="button" @click=${this.confirmDeletion}>${t('accessDeleteConfirm')}</button>
          <button class="button button--secondary" type="button" autofocus @click=${this.closeDialog}>${t('cancel')}</button>
        </div>
      </div>
    </dialog>`;
  }
}

if (!customElements.get('console-access-requests')) customElements.define('console-access-requests', ConsoleAccessRequests);

declare global {
  interface HTMLElementTagNameMap {
    'console-access-requests': ConsoleAccessRequests;
  }
}
