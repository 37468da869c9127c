import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import { CreateStaffAccountRequest, validate, type Issue, type StaffAccountSummary, type StaffRole } from '@participe/core/schemas';
import { errorSummary, type SummaryEntry } from '../components/error-summary.js';
import { newPasswordField } from '../components/password-field.js';
import { roleName, staffRoles } from '../components/roles.js';
import { describeError, refusalIssues } from '../errors.js';
import { issueText } from '../issue-words.js';
import type { ConsoleTranslate } from '../strings.js';
import { ConsoleView } from '../view.js';

/** What the open dialog is about: deleting an account, or giving it a new password. */
interface Pending {
  kind: 'delete' | 'reset';
  account: StaffAccountSummary;
}

/**
 * The organisation's staff accounts (admins, `accounts:manage`): each with its role and state, and
 * what an admin does to it — change its role, disable it (every session ends at once) or enable it,
 * give it a new password, delete it — and a form to add one. An admin's own account is managed by
 * another admin (the collector refuses otherwise); it shows no actions here.
 */
export class ConsoleAccounts extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    accounts: { state: true },
    loadError: { state: true },
    roles: { state: true },
    busy: { state: true },
    done: { state: true },
    actionError: { state: true },
    pending: { state: true },
    resetPassword: { state: true },
    resetIssues: { state: true },
    draft: { state: true },
    createIssues: { state: true },
    createError: { state: true },
  };

  private declare accounts: StaffAccountSummary[] | undefined;
  private declare loadError: unknown;
  /** The role chosen in each row's select, before "Change role". */
  private declare roles: ReadonlyMap<string, StaffRole>;
  private declare busy: boolean;
  /** What the last action did, in the current language. */
  private declare done: ((t: ConsoleTranslate) => string) | undefined;
  private declare actionError: unknown;
  private declare pending: Pending | undefined;
  private declare resetPassword: string;
  private declare resetIssues: Issue[];
  private declare draft: { email: string; role: StaffRole; password: string };
  private declare createIssues: Issue[];
  private declare createError: unknown;
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.roles = new Map();
    this.busy = false;
    this.resetPassword = '';
    this.resetIssues = [];
    this.draft = { email: '', role: 'analyst', password: '' };
    this.createIssues = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected viewTitle(): string {
    return this.t('accountsTitle');
  }

  private async load(): Promise<void> {
    this.loadError = undefined;
    try {
      this.accounts = await this.context.api.accounts();
    } catch (error) {
      this.loadError = error;
    }
  }

  private get myId(): string | undefined {
    const actor = this.context.me.actor;
    return actor.kind === 'account' ? actor.id : undefined;
  }

  /** Runs one action on an account, then says what it did (or why not) and reloads the list. */
  private async act(work: () => Promise<unknown>, said: (t: ConsoleTranslate) => string): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.actionError = undefined;
    this.done = undefined;
    try {
      await work();
      // The list first, so that what is said and what is shown agree.
      await this.load();
      this.done = said;
      this.context.announce(said(this.t));
      await this.focusById('action-done');
      return true;
    } catch (error) {
      this.actionError = error;
      this.context.announce(describeError(error, this.t));
      await this.focusById('action-error');
      return false;
    } finally {
      this.busy = false;
    }
  }

  private changeRole(account: StaffAccountSummary): void {
    const role = this.roles.get(account.id) ?? account.role;
    if (role === account.role) return;
    void this.act(() => this.context.api.updateAccount(account.id, { role }), (t) => t('accountsRoleChanged', { email: account.email, role: roleName(role, t) }));
  }

  private toggleDisabled(account: StaffAccountSummary): void {
    const disabled = account.disabledAt === null;
    void this.act(
      () => this.context.api.updateAccount(account.id, { disabled }),
      (t) => t(disabled ? 'accountsDisabledDone' : 'accountsEnabledDone', { email: account.email }),
    );
  }

  private ask(kind: Pending['kind'], account: StaffAccountSummary, event: Event): void {
    this.opener = event.currentTarget as HTMLElement;
    this.pending = { kind, account };
    this.resetPassword = '';
    this.resetIssues = [];
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const pending = this.pending;
    if (!pending) return;
    const { account } = pending;
    if (pending.kind === 'delete') {
      this.opener = null;
      this.closeDialog();
      await this.act(() => this.context.api.deleteAccount(account.id), (t) => t('accountsDeletedDone', { email: account.email }));
      return;
    }
    if (this.resetPassword.length < 12) {
      this.resetIssues = [{ path: 'password', code: 'too_small', params: { minimum: 12, origin: 'string' }, message: 'must be at least 12 characters' }];
      return this.focusById('reset-password');
    }
    try {
      this.busy = true;
      await this.context.api.resetPassword(account.id, this.resetPassword);
    } catch (error) {
      this.busy = false;
      const issues = refusalIssues(error);
      if (issues.length) {
        this.resetIssues = issues;
        return this.focusById('reset-password');
      }
      this.opener = null;
      this.closeDialog();
      this.actionError = error;
      this.context.announce(describeError(error, this.t));
      return this.focusById('action-error');
    }
    this.busy = false;
    this.opener = null;
    this.closeDialog();
    await this.act(async () => undefined, (t) => t('accountsResetDone', { email: account.email }));
  }

  private async create(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.createError = undefined;
    const checked = validate(CreateStaffAccountRequest, { ...this.draft, email: this.draft.email.trim() });
    if (!checked.ok) {
      this.createIssues = checked.issues;
      return this.focusById('error-summary');
    }
    this.createIssues = [];
    this.busy = true;
    try {
      const created = await this.context.api.createAccount(checked.value);
      this.draft = { email: '', role: 'analyst', password: '' };
      this.busy = false;
      await this.act(async () => undefined, (t) => t('accountsCreated', { email: created.email }));
    } catch (error) {
      this.busy = false;
      const issues = refusalIssues(error);
      if (issues.length) {
        this.createIssues = issues;
        return this.focusById('error-summary');
      }
      this.createError = error;
      this.context.announce(describeError(error, this.t));
    }
  }

  private issueFor(issues: Issue[], path: string): string | undefined {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue && issueText(issue, this.language).text;
  }

  override render() {
    const t = this.t;
    return html`<div class="view">
      <h1 tabindex="-1">${t('accountsTitle')}</h1>
      <p>${t('accountsIntro')}</p>
      ${this.done ? html`<div id="action-done" tabindex="-1">${notice('success', this.done(t))}</div>` : nothing}
      ${this.actionError ? html`<div id="action-error" tabindex="-1">${notice('error', describeError(this.actionError, t))}</div>` : nothing}
      ${this.renderList(t)} ${this.renderCreate(t)} ${this.renderDialog(t)}
    </div>`;
  }

  private renderList(t: ConsoleTranslate) {
    if (this.loadError) {
      return notice('error', describeError(this.loadError, t), html`<button class="button button--secondary" type="button" @click=${() => void this.load()}>${t('retry')}</button>`);
    }
    if (!this.accounts) return html`<p class="muted" role="status">${t('loading')}</p>`;
    return html`<div class="table-scroll" role="region" aria-labelledby="accounts-caption" tabindex="0">
      <table>
        <caption id="accounts-caption">${t('accountsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('accountsEmail')}</th>
            <th scope="col">${t('accountsRole')}</th>
            <th scope="col">${t('accountsState')}</th>
            <th scope="col">${t('accountsActions')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.accounts.map((account) => this.renderRow(account, t))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(account: StaffAccountSummary, t: ConsoleTranslate) {
    const mine = account.id === this.myId;
    const selectId = `role-${account.id}`;
    const of = (action: string) => t('accountsOf', { action, email: account.email });
    return html`<tr>
      <th scope="row">${account.email}</th>
      <td>
        ${mine
          ? roleName(account.role, t)
          : html`<label class="visually-hidden" for=${selectId}>${t('accountsRoleOf', { email: account.email })}</label>
              <select
                class="input"
                id=${selectId}
                .value=${this.roles.get(account.id) ?? account.role}
                @change=${(event: Event) => (this.roles = new Map(this.roles).set(account.id, (event.target as HTMLSelectElement).value as StaffRole))}
              >
                ${staffRoles.map((role) => html`<option value=${role} ?selected=${(this.roles.get(account.id) ?? account.role) === role}>${roleName(role, t)}</option>`)}
              </select>`}
      </td>
      <td>${account.disabledAt ? t('accountsDisabled', { date: this.formatDate(account.disabledAt) }) : t('accountsActive')}</td>
      <td>
        ${mine
          ? nothing
          : html`<div class="actions">
              <button class="button button--secondary" type="button" aria-label=${of(t('accountsChangeRole'))} @click=${() => this.changeRole(account)}>${t('accountsChangeRole')}</button>
              <button class="button button--secondary" type="button" aria-label=${of(t(account.disabledAt ? 'accountsEnable' : 'accountsDisable'))} @click=${() => this.toggleDisabled(account)}>
                ${t(account.disabledAt ? 'accountsEnable' : 'accountsDisable')}
              </button>
              <button class="button button--secondary" type="button" aria-label=${of(t('accountsResetPassword'))} @click=${(event: Event) => this.ask('reset', account, event)}>
                ${t('accountsResetPassword')}
              </button>
              <button class="button button--secondary" type="button" aria-label=${of(t('accountsDelete'))} @click=${(event: Event) => this.ask('delete', account, event)}>${t('accountsDelete')}</button>
            </div>`}
      </td>
    </tr>`;
  }

  private renderCreate(t: ConsoleTranslate) {
    const labels: Record<string, string> = { email: t('accountsEmail'), role: t('accountsRole'), password: t('newPassword') };
    const entries: SummaryEntry[] = this.createIssues.map((issue) => ({
      controlId: issue.path in labels ? `new-${issue.path}` : undefined,
      label: labels[issue.path] ?? issue.path,
      message: issueText(issue, this.language),
    }));
    return html`<section class="stack" aria-labelledby="create-title">
      <h2 id="create-title">${t('accountsCreateTitle')}</h2>
      ${errorSummary(t('summaryTitle', entries.length), entries, (id) => void this.focusById(id), this.language)}
      ${this.createError ? notice('error', describeError(this.createError, t)) : nothing}
      <form class="panel narrow" novalidate @submit=${this.create}>
        ${field({ id: 'new-email', label: t('accountsEmail'), error: this.issueFor(this.createIssues, 'email'), errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
          html`<input
            class="input"
            id=${id}
            type="email"
            autocomplete="off"
            spellcheck="false"
            maxlength="254"
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${this.draft.email}
            @input=${(event: Event) => (this.draft = { ...this.draft, email: (event.target as HTMLInputElement).value })}
          />`,
        )}
        ${field({ id: 'new-role', label: t('accountsRole'), error: this.issueFor(this.createIssues, 'role'), errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
          html`<select
            class="input"
            id=${id}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${this.draft.role}
            @change=${(event: Event) => (this.draft = { ...this.draft, role: (event.target as HTMLSelectElement).value as StaffRole })}
          >
            ${staffRoles.map((role) => html`<option value=${role} ?selected=${this.draft.role === role}>${roleName(role, t)}</option>`)}
          </select>`,
        )}
        ${newPasswordField(
          { id: 'new-password', value: this.draft.password, error: this.issueFor(this.createIssues, 'password'), onInput: (password) => (this.draft = { ...this.draft, password }) },
          t,
        )}
        <div class="actions">${button({ label: t('accountsCreate'), type: 'submit', disabled: this.busy })}</div>
      </form>
    </section>`;
  }

  /** Deleting asks first (Cancel has focus, as it is for good); a new password is typed in the dialog. */
  private renderDialog(t: ConsoleTranslate) {
    const pending = this.pending;
    const email = pending?.account.email ?? '';
    const reset = pending?.kind === 'reset';
    return html`<dialog aria-labelledby="dialog-title" aria-describedby="dialog-text" @close=${() => this.opener?.isConnected && this.opener.focus()}>
      <form class="stack" novalidate @submit=${this.confirm}>
        <h2 id="dialog-title">${t(reset ? 'accountsResetTitle' : 'accountsDeleteTitle', { email })}</h2>
        <p id="dialog-text">${t(reset ? 'accountsResetText' : 'accountsDeleteText')}</p>
        ${reset
          ? newPasswordField(
              {
                id: 'reset-password',
                value: this.resetPassword,
                error: this.issueFor(this.resetIssues, 'password'),
                onInput: (password) => (this.resetPassword = password),
              },
              t,
            )
          : nothing}
        <div class="actions">
          <button class="button" type="submit">${t(reset ? 'accountsResetConfirm' : 'accountsDeleteConfirm')}</button>
          <button class="button button--secondary" type="button" ?autofocus=${!reset} @click=${this.closeDialog}>${t('cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

if (!customElements.get('console-accounts')) customElements.define('console-accounts', ConsoleAccounts);

declare global {
  interface HTMLElementTagNameMap {
    'console-accounts': ConsoleAccounts;
  }
}
