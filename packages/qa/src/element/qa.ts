import { html, nothing, type PropertyDeclarations } from 'lit';
import { button, characterCount, field, fieldStyles } from '@participe/core/atoms';
import { ParticipeElement } from '@participe/core/element';
import type { QaInitiative, QaPayload } from '../schema.js';
import { strings } from './strings.js';
import { qaStyles } from './qa.styles.js';

/**
 * Live Q&A: one message, up to the initiative's length limit.
 *
 * Attributes, events, the shared parts, custom properties and states come from `ParticipeElement`
 * (`@participe/core/element`); these are its own.
 *
 * @summary Live Q&A: one message, up to the initiative's length limit.
 *
 * @csspart form - The form.
 * @csspart prompt - The question above the message box.
 * @csspart field - The message field.
 * @csspart counter - The remaining-characters counter.
 */
export class ParticipeQa extends ParticipeElement<QaInitiative, (typeof strings)['fr']> {
  static override properties: PropertyDeclarations = {
    ...ParticipeElement.properties,
    message: { state: true },
    messageError: { state: true },
  };

  // The form shows as soon as the initiative is open, so its field styles come with the element.
  static override styles = [ParticipeElement.styles, fieldStyles, qaStyles];

  private declare message: string;
  private declare messageError: string | undefined;

  protected readonly type = 'qa';
  // Loaded while the initiative is fetched: the schema library stays out of the first chunk.
  protected readonly schema = () => import('../schema.js').then((module) => module.QaInitiative);
  protected readonly tables = strings;

  constructor() {
    super();
    this.message = '';
  }

  protected override initiativeLoaded(): void {
    const saved = this.draft<{ message?: unknown }>().load();
    this.message = typeof saved?.message === 'string' ? saved.message : '';
  }

  /** The citizen deleted their answers: the box starts empty. */
  protected override forgetParticipation(): void {
    this.message = '';
    this.messageError = undefined;
  }

  protected override submittedMessage(): string {
    return this.t('thanks');
  }

  private get maxLength(): number {
    return this.loaded?.definition.maxLength ?? 0;
  }

  private onInput(event: Event): void {
    this.message = (event.target as HTMLTextAreaElement).value;
    if (this.messageError && this.message.trim() && this.message.length <= this.maxLength) this.messageError = undefined;
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
    if (!message || this.message.length > this.maxLength) {
      this.messageError = message ? this.t('messageTooLong', this.maxLength, this.formatNumber(this.maxLength)) : this.t('messageRequired');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#message')?.focus();
      return;
    }
    await this.submit({ message } satisfies QaPayload);
  }

  protected override renderContent() {
    if (this.state !== 'open' || !this.loaded) return nothing;
    return html`<form part="form" class="form" novalidate @submit=${this.send}>
      <p class="prompt" part="prompt">${this.localize(this.loaded.definition.prompt)}</p>
      ${field(
        {
          id: 'message',
          label: this.t('messageLabel'),
          marker: this.t('required'),
          hint: this.t('messageHint'),
          error: this.messageError,
          errorPrefix: this.t('errorPrefix'),
          extraId: 'message-counter',
          extra: characterCount({ id: 'message-counter', length: this.message.length, maxLength: this.maxLength, message: this.counterMessage }),
        },
        ({ id, describedBy, invalid }) =>
          html`<textarea class="input" id=${id} rows="5" required aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.message} @input=${this.onInput}></textarea>`,
      )}
      ${this.renderPrivacyNotice(false)}
      <div class="actions">${button({ label: this.t('send'), type: 'submit', disabled: this.busy })}</div>
    </form>`;
  }
}
