import { defineStrings } from '@participe/core/element';
import type { boardStrings } from './board/strings.js';

// What the board says before its parts have loaded (the rest comes with them, in board/strings.ts).
// French is the reference: a key missing in English does not compile.
export const elementStrings = defineStrings({
  fr: {
    thanksPending: 'Merci\u202f! Votre idée sera publiée après la modération. Vous la voyez ci-dessous en attendant.',
    thanksPublished: 'Merci\u202f! Votre idée est publiée.',
    thanksPostPending: 'Merci\u202f! Votre commentaire sera publié après la modération.',
    thanksPostPublished: 'Merci\u202f! Votre commentaire est publié.',
  },
  en: {
    thanksPending: 'Thank you! Your idea will be published once moderated. You can see it below meanwhile.',
    thanksPublished: 'Thank you! Your idea is published.',
    thanksPostPending: 'Thank you! Your comment will be published once moderated.',
    thanksPostPublished: 'Thank you! Your comment is published.',
  },
});

/** Every string of the board: the element's and its parts'. */
export type IdeaBoardStrings = (typeof elementStrings)['fr'] & (typeof boardStrings)['fr'];
