import { html, nothing, type TemplateResult } from 'lit';

export interface FieldOptions {
  /** Id of the control; the label, hint and error ids derive from it. */
  id: string;
  label: string | TemplateResult;
  hint?: string | undefined;
  /** A string, or a template when part of it is in another language (marked with `lang`). */
  error?: string | TemplateResult | undefined;
  /** Shown after the label, e.g. "(required)" or "(optional)". */
  marker?: string | undefined;
  /** Prefix read before the error, e.g. "Error:". */
  errorPrefix: string;
  /** Extra content after the control (e.g. a character counter), described by `extraId`. */
  extra?: TemplateResult | undefined;
  extraId?: string | undefined;
}

/** What the control must carry so the label, hint and error reach assistive technology. */
export interface ControlAttributes {
  id: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | typeof nothing;
}

/**
 * A labelled form field: label, hint and error wired to the control by id, the error placed
 * before the control (read first) and the field marked so the error is not shown by colour alone.
 * The control is rendered by the caller, in the same shadow root, so `for`/`aria-describedby` work.
 */
export function field(options: FieldOptions, control: (attributes: ControlAttributes) => TemplateResult): TemplateResult {
  const { id, label, hint, error, marker, errorPrefix, extra, extraId } = options;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, extraId].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'field--invalid' : ''}" part="field">
    <label class="field__label" for=${id}>${label}${marker ? html` <span class="field__marker">(${marker})</span>` : nothing}</label>
    ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="field__error" id="${id}-error"><span class="visually-hidden">${errorPrefix} </span>${error}</p>` : nothing}
    ${control({ id, describedBy: describedBy || nothing, invalid: error ? 'true' : nothing })}
    ${extra ?? nothing}
  </div>`;
}
