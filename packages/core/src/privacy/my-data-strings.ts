import { defineStrings } from '../element/strings.js';

/**
 * Wording of "download / delete my answers" in the privacy notice. Loaded with that part, never in
 * a widget's first chunk; a host page can override these strings like any other.
 */
export const myDataStrings = defineStrings({
  fr: {
    myDataIntro: 'Cet appareil a envoyé des réponses à cette initiative. Vous pouvez les télécharger ou les supprimer.',
    myDataDownload: 'Télécharger mes réponses',
    myDataDelete: 'Supprimer mes réponses',
    myDataConfirm: 'Vos réponses seront supprimées définitivement et ne pourront pas être récupérées. Voulez-vous les supprimer\u202f?',
    myDataConfirmYes: 'Oui, supprimer mes réponses',
    myDataCancel: 'Annuler',
    myDataWorking: 'Un instant…',
    myDataDownloaded: 'Vos réponses ont été téléchargées dans un fichier JSON.',
    myDataDeleted: 'Vos réponses ont été supprimées. Cet appareil ne garde plus rien de votre participation.',
    myDataNothingKept: 'Aucune réponse de cet appareil n’est conservée\u00a0: elles ont peut-être déjà été anonymisées ou supprimées.',
    myDataFailed: 'Votre demande n’a pas pu être traitée. Vérifiez votre connexion, puis réessayez.',
    myDataFileName: '{initiative}-mes-reponses.json',
  },
  en: {
    myDataIntro: 'This device sent answers to this initiative. You can download or delete them.',
    myDataDownload: 'Download my answers',
    myDataDelete: 'Delete my answers',
    myDataConfirm: 'Your answers will be deleted for good and cannot be recovered. Do you want to delete them?',
    myDataConfirmYes: 'Yes, delete my answers',
    myDataCancel: 'Cancel',
    myDataWorking: 'One moment…',
    myDataDownloaded: 'Your answers were downloaded as a JSON file.',
    myDataDeleted: 'Your answers were deleted. This device no longer keeps anything of your participation.',
    myDataNothingKept: 'No answers from this device are kept: they may already have been anonymised or deleted.',
    myDataFailed: 'Your request could not be handled. Check your connection, then try again.',
    myDataFileName: '{initiative}-my-answers.json',
  },
});
export type MyDataStrings = (typeof myDataStrings)['fr'];
