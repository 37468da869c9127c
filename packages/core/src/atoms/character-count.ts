import { html, type TemplateResult } from 'lit';

export interface CharacterCountOptions {
  id: string;
  length: number;
  maxLength: number;
  /** The visible wording, e.g. "12 characters remaining". */
  message: string;
}

/**
 * A visible remaining-characters counter. The control lists it in `aria-describedby`, so it is
 * read on focus; while typing, the widget announces it politely once typing pauses
 * (`announceWhenSettled`), not at every key.
 */
export function characterCount({ id, length, maxLength, message }: CharacterCountOptions): TemplateResult {
  return html`<p class="field__counter ${length > maxLength ? 'field__counter--over' : ''}" id=${id} part="counter">${message}</p>`;
}
