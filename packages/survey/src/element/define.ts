import { ParticipeSurvey } from './survey.js';

export { ParticipeSurvey };

// A page may load the script twice: `define` registers once, quietly.
ParticipeSurvey.define('participe-survey');

declare global {
  interface HTMLElementTagNameMap {
    'participe-survey': ParticipeSurvey;
  }
}
