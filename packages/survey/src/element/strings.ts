import { defineStrings } from '@participe/core/element';
import type { formStrings } from './form/strings.js';

// What the survey says before its form has loaded (the form's own wording comes with it, in
// form/strings.ts). French is the reference: a key missing in English does not compile.
export const elementStrings = defineStrings({
  fr: {
    alreadyAnswered: 'Vous avez déjà répondu à ce questionnaire. Merci\u202f!',
    thanks: 'Merci, vos réponses ont bien été reçues.',
  },
  en: {
    alreadyAnswered: 'You have already answered this survey. Thank you!',
    thanks: 'Thank you, your answers were received.',
  },
});

/** Every string of the survey: the element's and its form's. */
export type SurveyStrings = (typeof elementStrings)['fr'] & (typeof formStrings)['fr'];
