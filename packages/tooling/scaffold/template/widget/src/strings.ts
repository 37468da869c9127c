import { defineStrings } from '@participe/core/element';

// French is the reference: a key missing in English does not compile. French typography: a
// no-break space before ":" and a narrow no-break space before "?" and "!".
export const strings = defineStrings({
  fr: {
    messageLabel: 'Votre message',
    send: 'Envoyer',
    messageRequired: 'Écrivez un message avant d’envoyer.',
  },
  en: {
    messageLabel: 'Your message',
    send: 'Send',
    messageRequired: 'Write a message before sending.',
  },
});
