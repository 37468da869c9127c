import { defineStrings } from '@participe/core/element';

export const formStrings = defineStrings({
  fr: {
    mode: 'Où la pétition se signe',
    modeSign: 'Ici (signatures confirmées par courriel)',
    modeHandOff: 'Sur un autre site (lien seulement, rien n’est recueilli)',
    textFr: 'Texte de la pétition, en français',
    textEn: 'Texte de la pétition, en anglais',
    author: 'Auteur',
    authorHint: 'Une personne ou un groupe, affiché avec la pétition.',
    handOffUrl: 'Adresse où signer',
    handOffUrlHint: 'Une adresse https, par exemple la page de la pétition sur le site de l’Assemblée nationale.',
    threshold: 'Seuil de signatures',
    thresholdHint: 'Signatures confirmées qui obligent à une réponse officielle.',
    challengeRange: 'Effort anti-robot',
    challengeRangeHint: 'De 100 à 5 000 000\u00a0; 200 000 par défaut (une seconde ou deux sur un téléphone).',
  },
  en: {
    mode: 'Where the petition is signed',
    modeSign: 'Here (signatures confirmed by email)',
    modeHandOff: 'On another site (a link only, nothing collected)',
    textFr: 'Petition text, in French',
    textEn: 'Petition text, in English',
    author: 'Author',
    authorHint: 'A person or a group, shown with the petition.',
    handOffUrl: 'Address where it is signed',
    handOffUrlHint: 'An https address, for example the petition’s page on the National Assembly’s site.',
    threshold: 'Signature threshold',
    thresholdHint: 'Confirmed signatures that oblige an official response.',
    challengeRange: 'Anti-robot effort',
    challengeRangeHint: 'From 100 to 5,000,000; 200,000 by default (a second or two on a phone).',
  },
});
