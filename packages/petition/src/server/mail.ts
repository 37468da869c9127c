import type { Language } from '@participe/core/schemas';
import type { OutgoingMail } from '@participe/core/server';

export interface MailContext {
  to: string;
  language: Language;
  /** The petition's title in the signer's language. */
  title: string;
  /** Where the signer confirms (the page the widget is on, with the token after `#`). */
  link: string;
}

/** "Confirm your signature": the link opens a page whose button confirms (opening it changes nothing). */
export function confirmationMail({ to, language, title, link }: MailContext): OutgoingMail {
  return language === 'fr'
    ? {
        kind: 'petition.confirm',
        to,
        language,
        subject: `Confirmez votre signature\u00a0: ${title}`,
        text: `Bonjour,\n\nVous avez signé la pétition «\u00a0${title}\u00a0». Pour que votre signature compte, ouvrez ce lien et appuyez sur le bouton «\u00a0Confirmer ma signature\u00a0»\u00a0:\n\n${link}\n\nLe lien est valide 7 jours. Si vous n’avez pas signé cette pétition, ignorez ce message\u00a0: rien ne sera compté.\n`,
      }
    : {
        kind: 'petition.confirm',
        to,
        language,
        subject: `Confirm your signature: ${title}`,
        text: `Hello,\n\nYou signed the petition "${title}". For your signature to count, open this link and press the "Confirm my signature" button:\n\n${link}\n\nThe link is valid for 7 days. If you did not sign this petition, ignore this message: nothing will be counted.\n`,
      };
}

/** Someone signed again with an address that already signed: its owner learns it, nobody else. */
export function alreadySignedMail({ to, language, title }: Omit<MailContext, 'link'>): OutgoingMail {
  return language === 'fr'
    ? {
        kind: 'petition.already-signed',
        to,
        language,
        subject: `Vous avez déjà signé\u00a0: ${title}`,
        text: `Bonjour,\n\nQuelqu’un (peut-être vous) a tenté de signer de nouveau la pétition «\u00a0${title}\u00a0» avec cette adresse. Votre signature a déjà été reçue et confirmée\u00a0: elle ne compte qu’une fois, et vous n’avez rien à faire.\n`,
      }
    : {
        kind: 'petition.already-signed',
        to,
        language,
        subject: `You already signed: ${title}`,
        text: `Hello,\n\nSomeone (perhaps you) tried to sign the petition "${title}" again with this address. Your signature was already received and confirmed: it counts once, and there is nothing for you to do.\n`,
      };
}
