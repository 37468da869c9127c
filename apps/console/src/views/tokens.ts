import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import type { ApiTokenSummary, StaffRole } from '@participe/core/schemas';
import { roleName, staffRoles } from '../components/roles.js';
import { describeError } from '../errors.js';
import type { ConsoleTranslate } from '../strings.js';
import { ConsoleView } from '../view.js';

/** The lifetimes offered, in days; 0: until revoked. A year is the default: tokens should expire. */
const lifetimes = [30, 90, 365, 0] as const;

/**
 * API tokens for scripts and integrations (admins, `tokens:manage`): each with its role, when it was
 * last used, when it expires, and "Revoke"; a form creates one, whose value is shown once, in a
 * read-only field that takes focus so that it can be copied.
 */
export class ConsoleTokens extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    tokens: { state: true },
    loadError: { state: true },
    busy: { state: true },
    done: { state: true },
    failure: { state: true },
    draft: { state: true },
    labelMissing: { state: true },
    created: { state: true },
  };

  private declare tokens: ApiTokenSummary[] | undefined;
  private declare loadError: unknown;
  private declare busy: boolean;
  private declare done: ((t: ConsoleTranslate) => string) | undefined;
  private declare failure: unknown;
  private declare draft: { label: string; role: StaffRole; days: number };
  private declare labelMissing: boolean;
  /** The token just created, shown this once. */
  private declare created: { label: string; token: string } | undefined;

  constructor() {
    super();
    this.busy = false;
    this.draft = { label: '', role: 'analyst', days: 365 };
    this.labelMissing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected viewTitle(): string {
    return this.t('tokensTitle');
  }

  private async load(): Promise<void> {
    this.loadError = undefined;
    try {
      this.tokens = await this.context.api.tokens();
    } catch (error) {
      this.loadError = error;
    }
  }

  private async revoke(token: ApiTokenSummary): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.created = undefined;
    try {
      await this.context.api.revokeToken(token.id);
      await this.load();
      this.done = (t) => t('tokensRevokedDone', { label: token.label });
      this.context.announce(this.done(this.t));
      await this.focusById('tokens-done');
    } catch (error) {
      this.failure = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.busy = false;
    }
  }

  private async create(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const label = this.draft.label.trim();
    this.labelMissing = !label;
    if (!label) return this.focusById('token-label');
    this.busy = true;
    this.failure = undefined;
    this.done = undefined;
    try {
      const { token } = await this.context.api.createToken({ label, role: this.draft.role, ...(this.draft.days ? { expiresInDays: this.draft.days } : {}) });
      this.created = { label, token };
      this.draft = { label: '', role: 'analyst', days: 365 };
      await this.load();
      this.context.announce(this.t('tokensCreated', { label }));
      await this.focusById('token-value');
    } catch (error) {
      this.failure = error;
      this.context.announce(describeError(error, this.t));
    } finally {
      this.busy = false;
    }
  }

  private state(token: ApiTokenSummary, t: ConsoleTranslate): string {
    if (token.revokedAt) return t('tokensRevoked', { date: this.formatDate(token.revokedAt) });
    if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return t('tokensExpired');
    return t('tokensActive');
  }

  override render() {
    const t = this.t;
    return html`<div class="view">
      <h1 tabindex="-1">${t('tokensTitle')}</h1>
      <p>${t('tokensIntro')}</p>
      ${this.done ? html`<div id="tokens-done" tabindex="-1">${notice('success', this.done(t))}</div>` : nothing}
      ${this.failure ? notice('error', describeError(this.failure, t)) : nothing}
      ${this.created
        ? html`<div class="stack">
            ${notice('success', t('tokensCreated', { label: this.created.label }))}
            ${field({ id: 'token-value', label: t('tokensValue'), errorPrefix: t('errorPrefix') }, ({ id }) => html`<input class="input" id=${id} readonly spellcheck="false" .value=${this.created!.token} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />`)}
          </div>`
        : nothing}
      ${this.renderList(t)} ${this.renderCreate(t)}
    </div>`;
  }

  private renderList(t: ConsoleTranslate) {
    if (this.loadError) {
      return notice('error', describeError(this.loadError, t), html`<button class="button button--secondary" type="button" @click=${() => void this.load()}>${t('retry')}</button>`);
    }
    if (!this.tokens) return html`<p class="muted" role="status">${t('loading')}</p>`;
    if (!this.tokens.length) return notice('info', t('tokensNone'));
    return html`<div class="table-scroll" role="region" aria-labelledby="tokens-caption" tabindex="0">
      <table>
        <caption id="tokens-caption">${t('tokensCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('tokensLabel')}</th>
            <th scope="col">${t('accountsRole')}</th>
            <th scope="col">${t('tokensCreatedAt')}</th>
            <th scope="col">${t('tokensLastUsed')}</th>
            <th scope="col">${t('tokensExpires')}</th>
            <th scope="col">${t('tokensState')}</th>
            <th scope="col">${t('accountsActions')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.tokens.map(
            (token) => html`<tr>
              <th scope="row">${token.label}</th>
              <td>${roleName(token.role, t)}</td>
              <td>${this.formatDate(token.createdAt)}</td>
              <td>${token.lastUsedAt ? this.formatDateTime(token.lastUsedAt) : t('tokensNeverUsed')}</td>
              <td>${token.expiresAt ? this.formatDate(token.expiresAt) : t('tokensNoExpiry')}</td>
              <td>${this.state(token, t)}</td>
              <td>
                ${token.revokedAt
                  ? nothing
                  : html`<button class="button button--secondary" type="button" aria-label=${t('tokensRevokeOf', { label: token.label })} @click=${() => void this.revoke(token)}>${t('tokensRevoke')}</button>`}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderCreate(t: ConsoleTranslate) {
    return html`<section class="stack" aria-labelledby="token-create-title">
      <h2 id="token-create-title">${t('tokensCreateTitle')}</h2>
      <form class="panel narrow" novalidate @submit=${this.create}>
        ${field({ id: 'token-label', label: t('tokensLabel'), error: this.labelMissing ? t('tokensLabelRequired') : undefined, errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
          html`<input
            class="input"
            id=${id}
            maxlength="100"
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${this.draft.label}
            @input=${(event: Event) => (this.draft = { ...this.draft, label: (event.target as HTMLInputElement).value })}
          />`,
        )}
        ${field({ id: 'token-role', label: t('accountsRole'), errorPrefix: t('errorPrefix') }, ({ id }) =>
          html`<select class="input" id=${id} @change=${(event: Event) => (this.draft = { ...this.draft, role: (event.target as HTMLSelectElement).value as StaffRole })}>
            ${staffRoles.map((role) => html`<option value=${role} ?selected=${this.draft.role === role}>${roleName(role, t)}</option>`)}
          </select>`,
        )}
        ${field({ id: 'token-lifetime', label: t('tokensLifetime'), errorPrefix: t('errorPrefix') }, ({ id }) =>
          html`<select class="input" id=${id} @change=${(event: Event) => (this.draft = { ...this.draft, days: Number((event.target as HTMLSelectElement).value) })}>
            ${lifetimes.map((days) => html`<option value=${days} ?selected=${this.draft.days === days}>${days ? t('tokensDays', days) : t('tokensForever')}</option>`)}
          </select>`,
        )}
        <div class="actions">${button({ label: t('tokensCreate'), type: 'submit', disabled: this.busy })}</div>
      </form>
    </section>`;
  }
}

if (!customElements.get('console-tokens')) customElements.define('console-tokens', ConsoleTokens);

declare global {
  interface HTMLElementTagNameMap {
    'console-tokens': ConsoleTokens;
  }
}
