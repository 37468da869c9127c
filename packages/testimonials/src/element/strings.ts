import { defineStrings } from '@participe/core/element';
import type { wallStrings } from './wall/strings.js';

// What the wall says before its parts have loaded (the rest comes with them, in wall/strings.ts).
// French is the reference: a key missing in English does not compile.
export const elementStrings = defineStrings({
  fr: {
    thanksPending: 'Merci\u202f! Le Ministère a reçu votre témoignage. S’il doit être publié, il le sera après relecture.',
    thanksPrivate: 'Merci\u202f! Le Ministère a reçu votre témoignage. Il ne sera pas publié.',
  },
  en: {
    thanksPending: 'Thank you! The Ministry received your testimonial. If it is to be published, it will be once reviewed.',
    thanksPrivate: 'Thank you! The Ministry received your testimonial. It will not be published.',
  },
});

/** Every string of the wall: the element's and its parts'. */
export type TestimonialsStrings = (typeof elementStrings)['fr'] & (typeof wallStrings)['fr'];
