import { defineStrings } from '@participe/core/element';

export const strings = defineStrings({
  fr: {
    question: 'Avez-vous trouvé ce que vous cherchiez ?',
    yes: 'Oui',
    no: 'Non',
    commentLabelYes: 'Qu’est-ce qui vous a été utile ?',
    commentLabelNo: 'Qu’est-ce qui manquait ou n’était pas clair ?',
    reasonsLegend: 'Quelle est la raison principale ?',
    commentHint: 'N’inscrivez aucun renseignement personnel (nom, courriel, téléphone). Nous ne répondons pas aux commentaires.',
    detailsFound: (count: number, details: string) =>
      count > 1
        ? `Votre commentaire semble contenir des renseignements personnels (${details}). Nous n’en avons pas besoin : ils seront masqués avant que votre commentaire soit conservé.`
        : `Votre commentaire semble contenir un renseignement personnel (${details}). Nous n’en avons pas besoin : il sera masqué avant que votre commentaire soit conservé.`,
    send: 'Envoyer',
    thanks: 'Merci de votre rétroaction ! Elle nous aide à améliorer cette page.',
    commentTooLong: (count: number, formatted: string) =>
      `Votre commentaire dépasse la limite de ${formatted} caractère${count > 1 ? 's' : ''}. Raccourcissez-le pour l’envoyer.`,
  },
  en: {
    question: 'Did you find what you were looking for?',
    yes: 'Yes',
    no: 'No',
    commentLabelYes: 'What helped you?',
    commentLabelNo: 'What was missing or unclear?',
    reasonsLegend: 'What is the main reason?',
    commentHint: 'Do not include personal information (name, email, phone number). We do not reply to comments.',
    detailsFound: (_count: number, details: string) =>
      `Your comment seems to contain personal information (${details}). We do not need it: it will be masked before your comment is kept.`,
    send: 'Send',
    thanks: 'Thank you for your feedback! It helps us improve this page.',
    commentTooLong: (count: number, formatted: string) =>
      `Your comment is over the ${formatted}-character limit. Shorten it to send it.`,
  },
});
