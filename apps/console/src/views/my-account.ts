import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import { CollectorError } from '@participe/core/client';
import type { Issue } from '@participe/core/schemas';
import { errorSummary, type SummaryEntry } from '../components/error-summary.js';
import { newPasswordField } from '../components/password-field.js';
import { describeError, refusalIssues } from '../errors.js';
import { issueText } from '../issue-words.js';
import type { ConsoleTranslate } from '../strings.js';
import { ConsoleView } from '../view.js';

type Field = 'currentPassword' | 'newPassword';

/**
 * The signed-in person's own account: change their password (the current one first; their other
 * sessions end) and "sign out everywhere" (every session ends, this one too). API tokens have no
 * account: the view says so instead.
 */
export class ConsoleMyAccount extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    current: { state: true },
    next: { state: true },
    issues: { state: true },
    busy: { state: true },
    changed: { state: true },
    failure: { state: true },
  };

  private declare current: string;
  private declare next: string;
  private declare issues: Issue[];
  private declare busy: boolean;
  /** How many other sessions the change ended, once done. */
  private declare changed: number | undefined;
  private declare failure: unknown;

  constructor() {
    super();
    this.current = '';
    this.next = '';
    this.issues = [];
    this.busy = false;
  }

  protected viewTitle(): string {
    return this.t('myAccountTitle');
  }

  private async change(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.changed = undefined;
    this.failure = undefined;
    const issues: Issue[] = [];
    if (!this.current) issues.push({ path: 'currentPassword', code: 'too_small', params: { minimum: 1, origin: 'string' }, message: 'must not be empty' });
    if (this.next.length < 12) issues.push({ path: 'newPassword', code: 'too_small', params: { minimum: 12, origin: 'string' }, message: 'must be at least 12 characters' });
    this.issues = issues;
    if (issues.length) return this.focusById('error-summary');
    this.busy = true;
    try {
      this.changed = await this.context.api.changePassword(this.current, this.next);
      this.current = '';
      this.next = '';
      this.context.announce(this.t('passwordChanged', this.changed));
      await this.focusById('password-changed');
    } catch (error) {
      if (error instanceof CollectorError && error.status === 403) {
        this.issues = [{ path: 'currentPassword', code: 'wrong_password', message: 'is not right' }];
        return this.focusById('error-summary');
      }
      const refused = refusalIssues(error);
      if (refused.length) {
        this.issues = refused;
        return this.focusById('error-summary');
      }
      this.failure = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.busy = false;
    }
  }

  private async signOutEverywhere(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    try {
      await this.context.api.signOutEverywhere();
      this.dispatchEvent(new CustomEvent('console-signed-out-everywhere', { bubbles: true, composed: true }));
    } catch (error) {
      this.failure = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.busy = false;
    }
  }

  /** The current password's refusal is the console's own words; the collector's issues are worded by code. */
  private message(issue: Issue) {
    return issue.code === 'wrong_password' ? { text: this.t('currentPasswordWrong'), lang: this.language } : issueText(issue, this.language);
  }

  private errorOf(path: Field): string | undefined {
    const issue = this.issues.find((candidate) => candidate.path === path);
    return issue && this.message(issue).text;
  }

  override render() {
    const t = this.t;
    if (this.context.me.actor.kind !== 'account') {
      return html`<div class="view"><h1 tabindex="-1">${t('myAccountTitle')}</h1>${notice('info', t('errorForbidden'))}</div>`;
    }
    return html`<div class="view">
      <h1 tabindex="-1">${t('myAccountTitle')}</h1>
      <p>${t('signedInAs', { email: this.context.me.actor.email })}</p>
      ${this.failure ? notice('error', describeError(this.failure, t)) : nothing} ${this.renderPassword(t)}
      <section class="stack" aria-labelledby="sessions-title">
        <h2 id="sessions-title">${t('signOutEverywhereTitle')}</h2>
        <p id="sessions-text">${t('signOutEverywhereText')}</p>
        <div class="actions">${button({ label: t('signOutEverywhere'), variant: 'secondary', describedBy: 'sessions-text', disabled: this.busy, onClick: () => void this.signOutEverywhere() })}</div>
      </section>
    </div>`;
  }

  private renderPassword(t: ConsoleTranslate) {
    const labels: Record<Field, string> = { currentPassword: t('currentPassword'), newPassword: t('newPassword') };
    const entries: SummaryEntry[] = this.issues.map((issue) => ({
      controlId: issue.path in labels ? issue.path : undefined,
      label: labels[issue.path as Field] ?? issue.path,
      message: this.message(issue),
    }));
    return html`<section class="stack" aria-labelledby="password-title">
      <h2 id="password-title">${t('myAccountPasswordTitle')}</h2>
      ${this.changed !== undefined ? html`<div id="password-changed" tabindex="-1">${notice('success', t('passwordChanged', this.changed))}</div>` : nothing}
      ${errorSummary(t('summaryTitle', entries.length), entries, (id) => void this.focusById(id), this.language)}
      <form class="panel narrow" novalidate @submit=${this.change}>
        ${field({ id: 'currentPassword', label: t('currentPassword'), error: this.errorOf('currentPassword'), errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
          html`<input
            class="input"
            id=${id}
            type="password"
            autocomplete="current-password"
            maxlength="200"
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${this.current}
            @input=${(event: Event) => (this.current = (event.target as HTMLInputElement).value)}
          />`,
        )}
        ${newPasswordField({ id: 'newPassword', value: this.next, error: this.errorOf('newPassword'), onInput: (value) => (this.next = value) }, t)}
        <div class="actions">${button({ label: t('changePassword'), type: 'submit', disabled: this.busy })}</div>
      </form>
    </section>`;
  }
}

if (!customElements.get('console-my-account')) customElements.define('console-my-account', ConsoleMyAccount);

declare global {
  interface HTMLElementTagNameMap {
    'console-my-account': ConsoleMyAccount;
  }
}
