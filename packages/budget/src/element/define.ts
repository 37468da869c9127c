import { ParticipeBudget } from './budget.js';

export { ParticipeBudget };

// A page may load the script twice (a CMS block and a template): register once, quietly.
if (!customElements.get('participe-budget')) {
  customElements.define('participe-budget', ParticipeBudget);
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-budget': ParticipeBudget;
  }
}
