import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, characterCount, field } from '@participe/core/atoms';
import { ParticipeElement } from '@participe/core/element';
import type { __Name__Initiative } from '@participe/core/schemas';
import { strings } from './strings.js';
import { __camel__Styles } from './__name__.styles.js';

/**
 * @summary __title__.
 *
 * @fires participe-submit - The collector acknowledged the contribution. `detail: { initiative, id, receivedAt }`.
 * @fires participe-error - The element is misconfigured or could not load. `detail: { kind, problems }`.
 *
 * @csspart base - The widget's frame.
 * @csspart status - The live region with loading, offline, closed and thank-you messages.
 * @csspart form - The form.
 * @csspart button - Every button.
 * @csspart field - Form fields.
 * @csspart notice - Message boxes.
 * @csspart privacy - The privacy notice.
 *
 * @cssprop --participe-accent - Accent colour (default Québec blue #095797).
 * @cssprop --participe-text - Text colour.
 * @cssprop --participe-radius - Corner radius.
 * @cssprop --participe-focus - Focus ring colour.
 */
export class Participe__Name__ extends ParticipeElement<__Name__Initiative, (typeof strings)['fr']> {
  static override properties: PropertyDeclarations = {
    ...ParticipeElement.properties,
    message: { state: true },
    messageError: { state: true },
  };

  static override styles = [ParticipeElement.styles, __camel__Styles];

  private declare message: string;
  private declare messageError: string | undefined;

  protected readonly type = '__name__';
  protected readonly schema = () => import('@participe/core/schemas/__name__').then((module) => module.__Name__Initiative);
  protected readonly tables = strings;

  constructor() {
    super();
    this.message = '';
  }

  protected override initiativeLoaded(): void {
    this.message = this.draft<{ message?: string }>().load()?.message ?? '';
  }

  private get maxLength(): number {
    return this.loaded?.definition.maxLength ?? 0;
  }

  private onInput(event: Event): void {
    this.message = (event.target as HTMLTextAreaElement).value;
    this.messageError = undefined;
    this.draft<{ message: string }>().save({ message: this.message });
    this.announceWhenSettled(this.counterMessage);
  }

  private get counterMessage(): string {
    const remaining = this.maxLength - this.message.length;
    return remaining >= 0
      ? this.t('charactersRemaining', remaining, this.formatNumber(remaining))
      : this.t('charactersTooMany', -remaining, this.formatNumber(-remaining));
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const message = this.message.trim();
    if (!message || message.length > this.maxLength) {
      this.messageError = message ? this.counterMessage : this.t('messageRequired');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#message')?.focus();
      return;
    }
    await this.submit({ message });
  }

  protected override renderContent() {
    if (this.state !== 'open' || !this.loaded) return nothing;
    return html`<form part="form" class="form" novalidate @submit=${this.send}>
      <p class="prompt">${this.localize(this.loaded.definition.prompt)}</p>
      ${this.renderPrivacyNotice(false)}
      ${field(
        {
          id: 'message',
          label: this.t('messageLabel'),
          marker: this.t('required'),
          error: this.messageError,
          errorPrefix: this.t('errorPrefix'),
          extraId: 'message-counter',
          extra: characterCount({ id: 'message-counter', length: this.message.length, maxLength: this.maxLength, message: this.counterMessage }),
        },
        ({ id, describedBy, invalid }) =>
          html`<textarea class="input" id=${id} rows="5" required aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.message} @input=${this.onInput}></textarea>`,
      )}
      <div class="actions">${button({ label: this.t('send'), type: 'submit', disabled: this.busy })}</div>
    </form>`;
  }
}
