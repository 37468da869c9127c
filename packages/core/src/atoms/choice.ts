import { html, nothing, type TemplateResult } from 'lit';

export interface ChoiceOptions {
  type: 'radio' | 'checkbox';
  /** Radio buttons of one question share a name. */
  name: string;
  id: string;
  label: string | TemplateResult;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Hidden visually but read (a matrix cell whose column header is shown above). */
  labelHidden?: boolean;
  describedBy?: string | undefined;
}

/** One radio button or checkbox with its label: a large target, the native control kept for keyboards and screen readers. */
export function choice({ type, name, id, label, checked, onChange, labelHidden, describedBy }: ChoiceOptions): TemplateResult {
  return html`<div class="choice" part="choice">
    <input
      class="choice__input"
      type=${type}
      id=${id}
      name=${name}
      .checked=${checked}
      aria-describedby=${describedBy ?? nothing}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <label class="choice__label ${labelHidden ? 'visually-hidden' : ''}" for=${id}>${label}</label>
  </div>`;
}
