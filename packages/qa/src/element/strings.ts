import { defineStrings } from '@participe/core/element';

// French is the reference: a key missing in English does not compile. French typography: a
// no-break space before ":" and a narrow no-break space before "?" and "!". Counts are functions.
export const strings = defineStrings({
  fr: {
    messageLabel: 'Votre message',
    messageHint: 'N’inscrivez aucun renseignement personnel (nom, courriel, téléphone).',
    send: 'Envoyer',
    thanks: 'Merci, votre message a bien été reçu.',
    messageRequired: 'Écrivez un message avant d’envoyer.',
    messageTooLong: (count: number, formatted: string) =>
      `Votre message dépasse la limite de ${formatted} caractère${count > 1 ? 's' : ''}. Raccourcissez-le pour l’envoyer.`,
  },
  en: {
    messageLabel: 'Your message',
    messageHint: 'Do not include personal information (name, email, phone number).',
    send: 'Send',
    thanks: 'Thank you, your message was received.',
    messageRequired: 'Write a message before sending.',
    messageTooLong: (_count: number, formatted: string) => `Your message is over the ${formatted}-character limit. Shorten it to send it.`,
  },
});
