import { defineStrings } from '@participe/core/element';
import type { liveStrings } from './live/strings.js';

// What the element says before its parts have loaded (the rest comes with them, in live/strings.ts).
// French is the reference: a key missing in English does not compile. French typography: a
// no-break space before ":" and a narrow no-break space before "?" and "!".
export const elementStrings = defineStrings({
  fr: {
    thanksPending: 'Merci\u202f! Votre question sera affichée après la modération. Vous la voyez ci-dessous en attendant.',
    thanksPublished: 'Merci\u202f! Votre question est affichée.',
  },
  en: {
    thanksPending: 'Thank you! Your question will be shown once moderated. You can see it below meanwhile.',
    thanksPublished: 'Thank you! Your question is shown.',
  },
});

/** Every string of the Q&A: the element's and its parts'. */
export type QaStrings = (typeof elementStrings)['fr'] & (typeof liveStrings)['fr'];
