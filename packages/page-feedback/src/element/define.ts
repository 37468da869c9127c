import { ParticipePageFeedback } from './page-feedback.js';

export { ParticipePageFeedback };

// A page may load the script twice (a CMS block and a template): register once, quietly.
if (!customElements.get('participe-page-feedback')) {
  customElements.define('participe-page-feedback', ParticipePageFeedback);
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-page-feedback': ParticipePageFeedback;
  }
}
