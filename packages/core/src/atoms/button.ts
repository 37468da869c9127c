import { html, nothing, type TemplateResult } from 'lit';

export interface ButtonOptions {
  label: string;
  onClick?: (event: MouseEvent) => void;
  variant?: 'primary' | 'secondary';
  type?: 'button' | 'submit';
  /** For toggle choices such as Yes/No. */
  pressed?: boolean;
  /** Busy or unavailable: stays focusable and announced, but does nothing. */
  disabled?: boolean;
  describedBy?: string;
}

/**
 * The one button style. A disabled button keeps its place in the tab order (`aria-disabled`),
 * so keyboard and screen-reader users still find it and hear why it does nothing.
 */
export function button({ label, onClick, variant = 'primary', type = 'button', pressed, disabled, describedBy }: ButtonOptions): TemplateResult {
  return html`<button
    class="button button--${variant}"
    part="button button-${variant}"
    type=${type}
    aria-pressed=${pressed === undefined ? nothing : String(pressed)}
    aria-disabled=${disabled ? 'true' : nothing}
    aria-describedby=${describedBy ?? nothing}
    @click=${(event: MouseEvent) => {
      if (disabled) event.preventDefault();
      else onClick?.(event);
    }}
  >
    ${label}
  </button>`;
}
