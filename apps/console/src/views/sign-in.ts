import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import { CollectorError } from '@participe/core/client';
import { SignInRequest, validate, type StaffSession } from '@participe/core/schemas';
import type { StaffApi } from '../api.js';
import { errorSummary } from '../components/error-summary.js';
import { describeError } from '../errors.js';
import type { ConsoleStrings, ConsoleTranslate } from '../strings.js';
import { LocalizedElement } from '../view.js';

type SignInField = 'email' | 'password';
type MessageKey = keyof ConsoleStrings & ('emailRequired' | 'emailInvalid' | 'passwordRequired');

const labels = { email: 'email', password: 'password' } as const;

/**
 * Email and password → a console session. Fields are checked with the same schema as the
 * collector's; errors appear next to each field and in a summary that takes focus.
 *
 * @fires console-signed-in - `detail`: the `StaffSession` (token, expiry, who signed in).
 */
export class ConsoleSignIn extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    notice: { attribute: false },
    email: { state: true },
    password: { state: true },
    fieldErrors: { state: true },
    attempted: { state: true },
    refusal: { state: true },
    busy: { state: true },
  };

  declare api: StaffApi | undefined;
  /** Why sign-in is shown, e.g. "Your session has ended." */
  declare notice: string | undefined;
  private declare email: string;
  private declare password: string;
  /** Message keys, not text: a language switch rewords them. */
  private declare fieldErrors: Partial<Record<SignInField, MessageKey>>;
  /** Errors are shown once the person tried to sign in, then kept up to date as they type. */
  private declare attempted: boolean;
  private declare refusal: ((t: ConsoleTranslate) => string) | undefined;
  private declare busy: boolean;

  constructor() {
    super();
    this.email = '';
    this.password = '';
    this.fieldErrors = {};
    this.attempted = false;
    this.busy = false;
  }

  private check(): Partial<Record<SignInField, MessageKey>> {
    const result = validate(SignInRequest, { email: this.email.trim(), password: this.password });
    const errors: Partial<Record<SignInField, MessageKey>> = {};
    if (!result.ok) {
      for (const issue of result.issues) {
        if (issue.path === 'email') errors.email = this.email.trim() ? 'emailInvalid' : 'emailRequired';
        if (issue.path === 'password') errors.password = 'passwordRequired';
      }
    }
    return errors;
  }

  private onInput(name: SignInField, event: Event): void {
    this[name] = (event.target as HTMLInputElement).value;
    if (this.attempted) this.fieldErrors = this.check();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.api) return;
    this.attempted = true;
    this.refusal = undefined;
    this.fieldErrors = this.check();
    if (Object.keys(this.fieldErrors).length) return this.focusById('error-summary');
    this.busy = true;
    try {
      const session = await this.api.signIn({ email: this.email.trim(), password: this.password });
      this.password = '';
      this.dispatchEvent(new CustomEvent<StaffSession>('console-signed-in', { detail: session }));
    } catch (error) {
      this.password = '';
      if (error instanceof CollectorError && error.issues.length) {
        // The collector refused a field our own check let through: mark that field.
        for (const issue of error.issues) {
          if (issue.path === 'email') this.fieldErrors = { ...this.fieldErrors, email: 'emailInvalid' };
          if (issue.path === 'password') this.fieldErrors = { ...this.fieldErrors, password: 'passwordRequired' };
        }
        if (Object.keys(this.fieldErrors).length) return this.focusById('error-summary');
      }
      this.refusal =
        error instanceof CollectorError && error.status === 401 ? (t) => t('badCredentials') : (t) => describeError(error, t);
      await this.focusById('refusal');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t;
    const entries = (['email', 'password'] as const)
      .filter((name) => this.fieldErrors[name])
      .map((name) => ({ controlId: name, label: t(labels[name]), message: { text: t(this.fieldErrors[name]!), lang: this.language } }));
    return html`<div class="view stack narrow">
      <h1 tabindex="-1">${t('signInTitle')}</h1>
      <p>${t('signInIntro')}</p>
      ${this.notice ? notice('info', this.notice) : nothing}
      ${this.refusal ? html`<div id="refusal" tabindex="-1">${notice('error', this.refusal(t))}</div>` : nothing}
      ${errorSummary(t('summaryTitle', entries.length), entries, (id) => void this.focusById(id), this.language)}
      <form class="panel" novalidate @submit=${this.submit}>
        ${field({ id: 'email', label: t('email'), error: this.fieldErrors.email && t(this.fieldErrors.email), errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
          html`<input class="input" id=${id} name="email" type="email" autocomplete="username" spellcheck="false" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.email} @input=${(event: Event) => this.onInput('email', event)} />`,
        )}
        ${field({ id: 'password', label: t('password'), error: this.fieldErrors.password && t(this.fieldErrors.password), errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
          html`<input class="input" id=${id} name="password" type="password" autocomplete="current-password" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.password} @input=${(event: Event) => this.onInput('password', event)} />`,
        )}
        <div class="actions">${button({ label: this.busy ? t('signingIn') : t('signInSubmit'), type: 'submit', disabled: this.busy })}</div>
      </form>
    </div>`;
  }
}

if (!customElements.get('console-sign-in')) customElements.define('console-sign-in', ConsoleSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'console-sign-in': ConsoleSignIn;
  }
  interface HTMLElementEventMap {
    'console-signed-in': CustomEvent<StaffSession>;
  }
}
