import { ParticipeSurvey } from './survey.js';

export { ParticipeSurvey };

// A page may load the script twice: register once, quietly.
if (!customElements.get('participe-survey')) {
  customElements.define('participe-survey', ParticipeSurvey);
}

declare global {
  interface HTMLElementTagNameMap {
    'participe-survey': ParticipeSurvey;
  }
}
