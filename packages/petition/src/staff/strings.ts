import { defineStrings } from '@participe/core/element';

export const staffStrings = defineStrings({
  fr: {
    label: 'Pétition',
    definitionHint:
      'Champs permis\u00a0: «\u00a0mode\u00a0» («\u00a0sign\u00a0» ou «\u00a0hand-off\u00a0»), «\u00a0text\u00a0» et «\u00a0author\u00a0» (la pétition et son auteur), «\u00a0threshold\u00a0» (signatures qui obligent à répondre), «\u00a0handOffUrl\u00a0» (adresse https où la signer, mode «\u00a0hand-off\u00a0»), «\u00a0response\u00a0» (réponse officielle en français et en anglais) et «\u00a0challengeRange\u00a0» (effort de la preuve de travail).',
    name: 'Nom',
    nameRequired: 'Entrez le nom du signataire.',
    postalCode: 'Code postal',
    postalCodeHint: 'Par exemple\u00a0: H2X 1Y4.',
    postalCodeInvalid: 'Entrez un code postal canadien, par exemple H2X 1Y4.',
    consent: 'Le signataire a consenti à l’avis de confidentialité sur le formulaire papier',
    consentRequired: 'Une signature ne compte qu’avec le consentement du signataire.',
    region: 'Région',
    signatures: (count: number, formatted: string) => `${formatted} signature${count > 1 ? 's' : ''} confirmée${count > 1 ? 's' : ''}`,
    progress: (count: string, threshold: string) => `${count} sur ${threshold} signatures requises pour une réponse officielle`,
  },
  en: {
    label: 'Petition',
    definitionHint:
      'Allowed fields: "mode" ("sign" or "hand-off"), "text" and "author" (the petition and who lodged it), "threshold" (signatures that oblige an answer), "handOffUrl" (the https address where it is signed, hand-off mode), "response" (the official response in French and English) and "challengeRange" (the proof-of-work effort).',
    name: 'Name',
    nameRequired: 'Enter the signer’s name.',
    postalCode: 'Postal code',
    postalCodeHint: 'For example: H2X 1Y4.',
    postalCodeInvalid: 'Enter a Canadian postal code, for example H2X 1Y4.',
    consent: 'The signer consented to the privacy notice on the paper form',
    consentRequired: 'A signature counts only with the signer’s consent.',
    region: 'Region',
    signatures: (count: number, formatted: string) => `${formatted} confirmed signature${count === 1 ? '' : 's'}`,
    progress: (count: string, threshold: string) => `${count} of ${threshold} signatures needed for an official response`,
  },
});
