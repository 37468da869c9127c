import { html, noChange, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

/**
 * Renders a text once it stopped changing for `delayMs`, and not at all before it first changes:
 * screen readers hear the count when typing pauses, not at every key, and not on arrival.
 */
class SettledText extends AsyncDirective {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: string | undefined;

  render(text: string, delayMs: number) {
    if (this.last === undefined) {
      this.last = text;
      return '';
    }
    if (text !== this.last) {
      this.last = text;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.isConnected && this.setValue(text), delayMs);
    }
    return noChange;
  }

  protected override disconnected() {
    clearTimeout(this.timer);
  }
}
const settled = directive(SettledText);

export interface CharacterCountOptions {
  id: string;
  length: number;
  maxLength: number;
  /** The visible and spoken wording, e.g. "12 characters remaining". */
  message: string;
}

/**
 * A visible remaining-characters counter (described by the control, so it is read on focus) and
 * a polite live region that announces the count once the citizen pauses.
 */
export function characterCount({ id, length, maxLength, message }: CharacterCountOptions): TemplateResult {
  const over = length > maxLength;
  return html`<p class="field__counter ${over ? 'field__counter--over' : ''}" id=${id} part="counter">${message}</p>
    <p class="visually-hidden" aria-live="polite">${settled(message, 1000)}</p>`;
}
