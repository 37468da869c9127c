import { defineStrings } from './strings.js';

/**
 * Wording shared by every widget: states, atoms and the privacy notice. Widgets add their own
 * table; a host page can override any plain string of either.
 */
export const coreStrings = defineStrings({
  fr: {
    loading: 'Chargement…',
    required: 'obligatoire',
    optional: 'facultatif',
    sending: 'Envoi en cours…',
    offline: 'Vous êtes hors ligne ou le service ne répond pas. Votre réponse est enregistrée sur cet appareil et sera envoyée automatiquement dès que possible.',
    submitted: 'Merci, votre réponse a bien été reçue.',
    previewSubmitted: 'Aperçu : rien n’a été envoyé.',
    closed: 'La participation est terminée.',
    closedOn: 'La participation a pris fin le {date}.',
    upcoming: 'La participation n’est pas encore ouverte.',
    upcomingOn: 'La participation ouvrira le {date}.',
    loadError: 'Ce module n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
    submitRefused: 'Votre réponse n’a pas pu être acceptée : {reason}',
    sendFailed: 'Votre réponse n’a pas pu être envoyée. Elle est conservée sur cet appareil : réessayez dans un moment.',
    alreadyParticipated: 'Vous avez déjà participé à cette initiative.',
    participantLimitReached: 'Vous avez envoyé le nombre maximal de contributions permis pour cette initiative.',
    configError: 'Ce module de participation est mal configuré.',
    configErrorDetails: 'Détails pour la personne responsable de cette page :',
    errorPrefix: 'Erreur :',
    privacyTitle: 'Protection de vos renseignements personnels',
    privacyPurpose: 'Utilisation',
    privacyRecipient: 'Destinataire',
    privacyRetention: 'Conservation',
    retentionUntil: 'Renseignements personnels conservés au plus tard jusqu’au {date}.',
    retentionAfter: (count: number, formatted: string) =>
      `Renseignements personnels conservés au plus ${formatted} ${count > 1 ? 'jours' : 'jour'} après votre participation.`,
    charactersRemaining: (count: number, formatted: string) =>
      count === 1 || count === 0 ? `${formatted} caractère restant` : `${formatted} caractères restants`,
    charactersTooMany: (count: number, formatted: string) =>
      count === 1 ? `${formatted} caractère de trop` : `${formatted} caractères de trop`,
  },
  en: {
    loading: 'Loading…',
    required: 'required',
    optional: 'optional',
    sending: 'Sending…',
    offline: 'You are offline or the service is not answering. Your answer is saved on this device and will be sent automatically as soon as possible.',
    submitted: 'Thank you, your answer was received.',
    previewSubmitted: 'Preview: nothing was sent.',
    closed: 'Participation is closed.',
    closedOn: 'Participation closed on {date}.',
    upcoming: 'Participation is not open yet.',
    upcomingOn: 'Participation opens on {date}.',
    loadError: 'This feature could not be loaded. Check your connection, then try again.',
    retry: 'Try again',
    submitRefused: 'Your answer could not be accepted: {reason}',
    sendFailed: 'Your answer could not be sent. It is kept on this device: try again in a moment.',
    alreadyParticipated: 'You have already taken part in this initiative.',
    participantLimitReached: 'You have sent the most contributions this initiative accepts from one person.',
    configError: 'This participation feature is misconfigured.',
    configErrorDetails: 'Details for the person in charge of this page:',
    errorPrefix: 'Error:',
    privacyTitle: 'Protecting your personal information',
    privacyPurpose: 'Purpose',
    privacyRecipient: 'Recipient',
    privacyRetention: 'Retention',
    retentionUntil: 'Personal information kept until {date} at the latest.',
    retentionAfter: (count: number, formatted: string) => `Personal information kept for at most ${formatted} day${count === 1 ? '' : 's'} after your contribution.`,
    charactersRemaining: (count: number, formatted: string) => `${formatted} character${count === 1 ? '' : 's'} remaining`,
    charactersTooMany: (count: number, formatted: string) => `${formatted} character${count === 1 ? '' : 's'} too many`,
  },
});
export type CoreStrings = (typeof coreStrings)['fr'];
