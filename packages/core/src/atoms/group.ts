import { html, nothing, type TemplateResult } from 'lit';

export interface GroupOptions {
  /** Id of the fieldset; the hint and error ids derive from it. */
  id: string;
  legend: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  error?: string | TemplateResult | undefined;
  /** Shown after the legend, e.g. "required". */
  marker?: string | undefined;
  /** Prefix read before the error, e.g. "Error:". */
  errorPrefix: string;
}

/**
 * A group of controls answering one question (radio buttons, checkboxes, a row of a matrix): a
 * fieldset whose legend is the question, with its hint and error wired to it, the error placed
 * before the controls and marked beyond colour.
 */
export function group({ id, legend, hint, error, marker, errorPrefix }: GroupOptions, content: TemplateResult): TemplateResult {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return html`<fieldset class="group ${error ? 'field--invalid' : ''}" part="group" id=${id} aria-describedby=${describedBy || nothing}>
    <legend class="field__label">${legend}${marker ? html` <span class="field__marker">(${marker})</span>` : nothing}</legend>
    ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="field__error" id="${id}-error"><span class="visually-hidden">${errorPrefix} </span>${error}</p>` : nothing}
    ${content}
  </fieldset>`;
}
