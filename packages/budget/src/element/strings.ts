import { defineStrings } from '@participe/core/element';
import type { editorStrings } from './editor/strings.js';

// What the budget says before its editor has loaded (the editor's own wording comes with it, in
// editor/strings.ts). French is the reference: a key missing in English does not compile.
export const elementStrings = defineStrings({
  fr: {
    thanks: 'Merci, votre budget a bien été reçu.',
    alreadyAnswered: 'Vous avez déjà envoyé votre budget. Merci\u202f!',
  },
  en: {
    thanks: 'Thank you, your budget was received.',
    alreadyAnswered: 'You have already sent your budget. Thank you!',
  },
});

/** Every string of the budget: the element's and its editor's. */
export type BudgetStrings = (typeof elementStrings)['fr'] & (typeof editorStrings)['fr'];
