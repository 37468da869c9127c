import { html, type TemplateResult } from 'lit';
import { characterCount, field } from '@participe/core/atoms';

export { fieldStyles } from '@participe/core/atoms';

export interface CommentView {
  label: string;
  marker: string;
  hint: string;
  error: string | undefined;
  errorPrefix: string;
  text: string;
  maxLength: number;
  counter: string;
  onInput(event: Event): void;
}

/**
 * The optional comment, with its remaining-characters counter. Loaded with the initiative rather
 * than in the first chunk: it appears only once the citizen has answered Yes or No.
 */
export function renderComment(view: CommentView): TemplateResult {
  return field(
    {
      id: 'comment',
      label: view.label,
      marker: view.marker,
      hint: view.hint,
      error: view.error,
      errorPrefix: view.errorPrefix,
      extraId: 'comment-counter',
      extra: characterCount({ id: 'comment-counter', length: view.text.length, maxLength: view.maxLength, message: view.counter }),
    },
    ({ id, describedBy, invalid }) =>
      html`<textarea class="input" id=${id} name="comment" rows="4" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${view.text} @input=${view.onInput}></textarea>`,
  );
}
