import { defineStrings } from '@participe/core/element';

// French is the reference: a key missing in English does not compile. French typography: a
// no-break space before ":" and a narrow no-break space before "?" and "!". Counts are functions.
// The reading view's strings; the signing part brings its own (`signing/strings.ts`).
export const strings = defineStrings({
  fr: {
    author: (name: string) => `Pétition lancée par ${name}`,
    closesOn: (date: string) => `Ouverte jusqu’au ${date}`,
    closedOn: (date: string) => `Fermée le ${date}`,
    handOff: 'Cette pétition se signe sur un autre site.',
    handOffLink: 'Signer la pétition sur le site de l’Assemblée nationale',
    opensNewWindow: '(s’ouvre dans un nouvel onglet)',
    responseTitle: 'Réponse officielle',
    respondedOn: (date: string) => `Publiée le ${date}`,
  },
  en: {
    author: (name: string) => `Petition started by ${name}`,
    closesOn: (date: string) => `Open until ${date}`,
    closedOn: (date: string) => `Closed on ${date}`,
    handOff: 'This petition is signed on another site.',
    handOffLink: 'Sign the petition on the National Assembly’s site',
    opensNewWindow: '(opens in a new tab)',
    responseTitle: 'Official response',
    respondedOn: (date: string) => `Published on ${date}`,
  },
});
export type PetitionStrings = (typeof strings)['fr'];
