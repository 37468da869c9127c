import { ParticipePageFeedback } from './page-feedback.js';

export { ParticipePageFeedback };

// A page may load the script twice (a CMS block and a template): `define` registers once, quietly.
ParticipePageFeedback.define('participe-page-feedback');

declare global {
  interface HTMLElementTagNameMap {
    'participe-page-feedback': ParticipePageFeedback;
  }
}
